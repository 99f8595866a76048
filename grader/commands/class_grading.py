"""`grade class SUBMISSIONS --targets ch05`: grade every learner's submission into a gradebook and a class summary."""
from __future__ import annotations

import argparse
import os
import random
from pathlib import Path
from typing import Any

from rich.markup import escape

from grader.commands.console import console as make_console
from grader.commands.targets import select
from grader.engine import ERROR, MEMORY, TIMEOUT, default_database_dir, installed_reference
from grader.instructor import class_grading as klass
from grader.report import write_atomically

INTERRUPTED_EXIT = 130

# -- --jobs N: each grading process owns one sandbox and grades one learner at a time ---------------
_process_grader: klass.LearnerGrader | None = None


def _start_process(settings: klass.Settings, isolate: bool) -> None:
    global _process_grader
    _process_grader = klass.LearnerGrader(settings, isolate)


def _grade_in_process(entry: klass.Entry, problem_ids: list[str], digest: str | None) -> tuple[dict, dict]:
    from grader.catalog import by_id

    known = by_id()
    return _process_grader.grade(entry, [known[i] for i in problem_ids], digest)


def _troubled(data: dict[str, Any]) -> bool:
    return bool(data.get("error")) or any(p["status"] in (ERROR, TIMEOUT, MEMORY) for p in data.get("problems", []))


def _grade(todo: list[tuple[klass.Entry, str | None]], problems: list, settings: klass.Settings, jobs: int,
           isolate: bool, finished: Any) -> None:
    """Grade each (entry, digest) and hand each result to `finished` as soon as it is there."""
    if jobs <= 1 or len(todo) <= 1:
        grader = klass.LearnerGrader(settings, isolate)
        try:
            for entry, digest in todo:
                finished(*grader.grade(entry, problems, digest))
        finally:
            grader.close()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    ids = [p.id for p in problems]
    attempts: dict[str, int] = {}
    while todo:  # a grading process that dies (killed, out of memory) breaks the pool: the rest go to a new one
        pool = ProcessPoolExecutor(min(jobs, len(todo)), mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_process, initargs=(settings, isolate))
        futures = {pool.submit(_grade_in_process, entry, ids, digest): (entry, digest) for entry, digest in todo}
        left = dict(futures)
        try:
            for future in as_completed(futures):
                entry, digest = futures[future]
                try:
                    data, record = future.result()
                except BrokenProcessPool:
                    break
                del left[future]
                finished(data, record)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True, cancel_futures=True)
        todo = []
        for entry, digest in left.values():
            attempts[entry.learner] = attempts.get(entry.learner, 0) + 1
            if attempts[entry.learner] < 2:
                todo.append((entry, digest))
            else:
                reason = "the grading process died twice while this submission was being graded"
                record = {"format": klass.STATE_FORMAT, "learner": entry.learner, "entry": entry.path.name,
                          "key": settings.key(), "hash": None, "error": reason, "hints": {}}
                finished({"score": 0, "max_score": sum(p.points for p in problems if p.autograded != "no"),
                          "seed": settings.seed, "problems": [], "error": reason}, record)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade class", description="Grade a class: one entry per learner in "
                                     "SUBMISSIONS (a workspace folder, a .zip of one, a git repository, a .ipynb).")
    parser.add_argument("submissions", type=Path, metavar="SUBMISSIONS")
    parser.add_argument("--targets", nargs="+", required=True, help="chapters (ch05) or problems (p157) to grade")
    parser.add_argument("--out", type=Path, default=Path("class-results"), help="results folder (default: ./class-results)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="learners graded at once (default: one per core)")
    parser.add_argument("--force", action="store_true", help="grade every submission again, changed or not")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--profile", choices=("learner", "ci", "thorough"), default="learner")
    parser.add_argument("--seed", type=int, help="the random examples' seed (default: a new one per run)")
    parser.add_argument("--no-isolation", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    problems = select(parser, args.targets)
    if not args.submissions.is_dir():
        parser.error(f"no submissions folder at {args.submissions}")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        parser.error(f"--out: cannot create {args.out}: {error.strerror}")
    console = make_console()
    settings = klass.Settings(tuple(args.targets), args.lang, args.profile,
                              args.seed if args.seed is not None else random.randrange(2**31),
                              default_database_dir(), installed_reference() is not None)
    entries = klass.entries(args.submissions)
    if not entries:
        parser.error(f"{args.submissions} holds no submission (workspace folders, .zip, git repositories, .ipynb)")
    digests = {entry: klass.digest_of(entry) for entry in entries}
    todo = [(e, d) for e, d in digests.items() if args.force or not klass.is_current(args.out, e, d, settings)]
    ko = args.lang == "ko"
    console.print(f"{len(entries)} {'명' if ko else 'learners'}: {len(todo)} {'채점' if ko else 'to grade'}, "
                  f"{len(entries) - len(todo)} {'변경 없음 (이전 결과 사용)' if ko else 'unchanged (earlier results kept)'}")
    interrupted = False
    if todo:
        interrupted = _run(todo, problems, settings, args, console)
    rows = klass.rows(args.out, [e.learner for e in entries])
    write_atomically(args.out / "gradebook.csv", klass.gradebook(rows, problems).encode("utf-8-sig"))
    write_atomically(args.out / "summary.md", klass.summary_markdown(rows, problems, args.lang).encode("utf-8"))
    drawn = klass.summary_chart(rows, problems, args.lang, args.out.resolve() / "summary.png")
    klass.print_summary(rows, problems, args.lang, console)
    if drawn != args.lang:
        console.print("[dim]summary.png: no Korean font found, so its labels are in English[/]")
    console.print(f"{escape(str(args.out))}: gradebook.csv, summary.md, summary.png, {klass.LEARNERS}/<learner>.json")
    if interrupted:
        console.print("[yellow]" + ("중단됨: 끝난 결과는 저장되었습니다. 같은 명령을 다시 실행하면 이어서 채점합니다." if ko else
                                    "Interrupted: finished results are saved; run the same command again to resume.") + "[/]")
        return INTERRUPTED_EXIT
    return 0


def _run(todo: list, problems: list, settings: klass.Settings, args: argparse.Namespace, console: Any) -> bool:
    """Grade with a progress bar; True when interrupted (Ctrl-C): what finished is on disk already."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    label, trouble = ("채점", "오류") if args.lang == "ko" else ("grading", "errors")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn(f"[red]{trouble}: {{task.fields[failures]}}[/]"), TextColumn("[dim]{task.fields[last]}[/]"),
                  console=console) as progress:
        task = progress.add_task(label, total=len(todo), failures=0, last="")
        failures = 0

        def finished(data: dict, record: dict) -> None:
            nonlocal failures
            klass.save(args.out, data, record)
            failures += _troubled(data)
            progress.update(task, advance=1, failures=failures, last=escape(record["learner"][:30]))

        try:
            _grade(todo, problems, settings, args.jobs, not args.no_isolation, finished)
        except KeyboardInterrupt:
            return True
    return False
