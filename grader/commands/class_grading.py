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


def _troubled(data: dict[str, Any]) -> bool:
    return any(p["status"] in (ERROR, TIMEOUT, MEMORY) for p in data["problems"])


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
    if args.out.resolve().is_relative_to(args.submissions.resolve()):
        parser.error(f"--out {args.out} is inside {args.submissions}: it would be taken for a learner's submission")
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
            klass.grade_learners(todo, problems, settings, args.jobs, not args.no_isolation, finished)
        except KeyboardInterrupt:
            return True
    return False
