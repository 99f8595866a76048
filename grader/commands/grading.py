"""`grade TARGET...`: grade chapters, problems or all, print the report, optionally write JSON."""
from __future__ import annotations

import argparse
import gc
import os
import random
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

from grader import catalog
from grader import results as record
from grader.commands.console import console as make_console
from grader.files import write_atomically
from grader.sandbox.runner import Sandbox, in_one_process
from grader.workspace import MARKER, find_workspace

if TYPE_CHECKING:
    from grader.engine import ProblemResult

FAILED_EXIT = 1  # argparse exits with 2 on a usage error


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grade", description="Grade 'Deep Learning from Scratch' exercises.",
                                     epilog="other commands: grade list [--json] | grade init DIR [--notebooks | --per-problem] | "
                                            "grade hint ID [N | --all] | grade status | grade watch [TARGET] | grade convert py|notebooks|per-problem | "
                                            "grade solution ID; instructors: grade release | publish | gradescope | classroom | class")
    parser.add_argument("targets", nargs="+", help="chapters (ch02), problems (p028) or all")
    parser.add_argument("--workspace", type=Path, help="the learner workspace (default: this folder or the nearest one "
                                                       "above it made by grade init)")
    parser.add_argument("--reference", action="store_true", help="grade the reference solutions")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write the results as JUnit XML (CI, GitHub Classroom)")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--seed", type=int, help="replay the random examples of an earlier run")
    parser.add_argument("--profile", choices=("learner", "ci", "thorough"), default="learner",
                        help="how many random examples each property tries")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="grading processes (default: one per core)")
    parser.add_argument("--no-isolation", action="store_true", help=argparse.SUPPRESS)
    return parser


def workspace_here(parser: argparse.ArgumentParser, console: Console, lang: str) -> Path:
    """The workspace this folder is in (said in one line when it is a folder above), or a usage error saying how to get one."""
    here = Path.cwd()
    found = find_workspace(here)
    if found is None:
        parser.exit(2, (f"{here} 은(는) 작업 공간이 아니고 작업 공간 안도 아닙니다 (여기나 위쪽 폴더에 {MARKER.as_posix()} 이 "
                        "없습니다). `grade init DIR` 로 만든 폴더(또는 그 아래)에서 실행하거나, --workspace DIR 을 주거나, "
                        "`grade init DIR` 로 새로 만드세요.\n" if lang == "ko" else
                        f"{here} is not a dlscratch workspace, nor inside one (no {MARKER.as_posix()} here or above). "
                        "Run grade in the folder `grade init DIR` made (or in a folder below it), pass --workspace DIR, "
                        "or make one with `grade init DIR`.\n"))
    if found != here.resolve():
        console.print(escape(f"작업 공간 {found} 에서 채점합니다 (여기서 위로 찾았습니다)." if lang == "ko" else
                             f"Grading the workspace at {found} (found above this folder)."))
    return found


def remember(workspace: Path, results: list[ProblemResult], lang: str) -> str:
    """Keep the run's statuses in the workspace's results record; the line telling the learner what to do next."""
    fresh = [(r.problem.id, r.status) for r in results]
    record.save(workspace, fresh)
    statuses = {**record.load(workspace), **dict(fresh)}
    upcoming = record.next_problem([e.id for e in catalog.index()], statuses, [r.problem.id for r in results],
                                   gradable=lambda problem_id: catalog.get(problem_id).autograded != "no")
    return record.next_step(upcoming, catalog.get(upcoming).title if upcoming else None, lang)


def main(argv: list[str]) -> int:
    # Loading the grader makes a few hundred thousand objects (NumPy's, hypothesis', the checks') that live as long
    # as this process. The cyclic collector would walk them over and over while they load, and all of them once more
    # in the full collection hypothesis makes before its first property: it stays off until they are loaded, and then
    # leaves them out of every collection (gc.freeze, in _grade).
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        problem_ids = catalog.select_ids(args.targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown} (see `grade list`)")
    if args.workspace is None:
        args.workspace = Path.cwd() if args.reference else workspace_here(parser, make_console(), args.lang)
    if not args.reference and not args.workspace.is_dir():
        parser.error(f"no workspace folder at {args.workspace} (create one with `grade init DIR`)")
    # The sandbox's fork server imports NumPy and matplotlib in its own process while this one imports the engine
    # and the chosen problems: a small run waits for the slower of the two, not for both one after the other.
    sandbox = Sandbox(isolate=not args.no_isolation) if in_one_process(len(problem_ids), args.jobs) else None
    try:
        return _grade(parser, args, problem_ids, sandbox)
    finally:
        if sandbox:
            sandbox.close()


def _grade(parser: argparse.ArgumentParser, args: argparse.Namespace, problem_ids: list[str], sandbox: Sandbox | None) -> int:
    from grader.engine import MANUAL, PASSED, Options, default_database_dir, grade_all, installed_reference
    from grader.report import render, to_json, write_json

    problems = [catalog.get(problem_id) for problem_id in problem_ids]
    gc.freeze()
    gc.enable()
    reference_available = installed_reference() is not None
    if args.reference and not reference_available:
        parser.error("--reference: the reference solutions are not installed here (a learner release has none; "
                     "참조 답안이 설치되어 있지 않습니다)")
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    options = Options(workspace=args.workspace, reference=args.reference, profile=args.profile, seed=seed,
                      reference_available=reference_available,
                      database_dir=default_database_dir())
    console = make_console()
    label = "채점 중" if args.lang == "ko" else "grading"
    with console.status(f"{label}…") as status:
        done = []

        def progress(result: ProblemResult) -> None:
            done.append(result)
            status.update(f"{label} {len(done)}/{len(problems)}: {result.problem.id} {escape(result.problem.title(args.lang))}")

        results = grade_all(problems, options, args.jobs, isolate=not args.no_isolation, on_result=progress, sandbox=sandbox)
    render(results, args.lang, console)
    if not args.reference:
        console.print(f"[bold]{escape(remember(args.workspace, results, args.lang))}[/]")
    if args.json:
        write_json(args.json, to_json(results, args.lang, seed))
    if args.junit:
        from grader.instructor.junit import junit_xml

        write_atomically(args.junit, junit_xml(results, args.lang, seed))
    graded = [r for r in results if r.status != MANUAL]
    return 0 if all(r.status == PASSED for r in graded) else FAILED_EXIT
