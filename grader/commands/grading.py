"""`grade TARGET...`: grade chapters, problems or all, print the report, optionally write JSON."""
from __future__ import annotations

import argparse
import os
import random
from pathlib import Path
from typing import TYPE_CHECKING

from rich.markup import escape

from grader import catalog
from grader import results as record
from grader.commands.console import console as make_console
from grader.files import write_atomically
from grader.sandbox.runner import Sandbox, in_one_process

if TYPE_CHECKING:
    from grader.engine import ProblemResult

FAILED_EXIT = 1  # argparse exits with 2 on a usage error


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grade", description="Grade 'Deep Learning from Scratch' exercises.",
                                     epilog="other commands: grade list [--json] | grade init DIR [--notebooks | --per-problem] | "
                                            "grade hint ID | grade status | grade watch [TARGET] | grade convert py|notebooks|per-problem | grade solution ID; "
                                            "instructors: grade release | publish | gradescope | classroom")
    parser.add_argument("targets", nargs="+", help="chapters (ch02), problems (p028) or all")
    parser.add_argument("--workspace", type=Path, default=Path.cwd(), help="the learner workspace (default: here)")
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


def remember(workspace: Path, results: list[ProblemResult], lang: str) -> str:
    """Keep the run's statuses in the workspace's results record; the line telling the learner what to do next."""
    fresh = [(r.problem.id, r.status) for r in results]
    record.save(workspace, fresh)
    statuses = {**record.load(workspace), **dict(fresh)}
    upcoming = record.next_problem([e.id for e in catalog.index()], statuses, [r.problem.id for r in results],
                                   gradable=lambda problem_id: catalog.get(problem_id).autograded != "no")
    return record.next_step(upcoming, catalog.get(upcoming).title if upcoming else None, lang)


def main(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        problem_ids = catalog.select_ids(args.targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown} (see `grade list`)")
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
