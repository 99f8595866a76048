"""The `grade` command.

    grade ch02 | p028 | all [...]   grade problems (--workspace, --reference, --json, --lang, --seed, --profile)
    grade list [--json]             every problem, its file and what to implement
    grade init DIR                  a learner workspace with every stub
    grade hint p028                 the hints for one problem
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from grader import catalog
from grader.engine import MANUAL, PASSED, Options, ProblemResult, default_database_dir, grade_all
from grader.report import render, to_json, write_json
from grader.workspace import init_workspace

FAILED_EXIT = 1  # argparse exits with 2 on a usage error


def _console() -> Console:
    if sys.stdout.encoding and sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")  # Korean must never fail to print
    return Console(width=min(100, Console().width), highlight=False)


def _grade_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grade", description="Grade 'Deep Learning from Scratch' exercises.",
                                     epilog="other commands: grade list [--json] | grade init DIR | grade hint ID")
    parser.add_argument("targets", nargs="+", help="chapters (ch02), problems (p028) or all")
    parser.add_argument("--workspace", type=Path, default=Path.cwd(), help="the learner workspace (default: here)")
    parser.add_argument("--reference", action="store_true", help="grade the reference solutions")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--seed", type=int, help="replay the random examples of an earlier run")
    parser.add_argument("--profile", choices=("learner", "ci", "thorough"), default="learner",
                        help="how many random examples each property tries")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="grading processes (default: one per core)")
    parser.add_argument("--no-isolation", action="store_true", help=argparse.SUPPRESS)
    return parser


def grade(argv: list[str]) -> int:
    parser = _grade_parser()
    args = parser.parse_args(argv)
    try:
        problems = catalog.select(args.targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown} (see `grade list`)")
    reference_available = importlib.util.find_spec("reference") is not None
    if args.reference and not reference_available:
        parser.error("the reference solutions are not installed here")
    if not args.reference and not args.workspace.is_dir():
        parser.error(f"no workspace folder at {args.workspace} (create one with `grade init DIR`)")
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    options = Options(workspace=args.workspace, reference=args.reference, profile=args.profile, seed=seed,
                      reference_available=reference_available,
                      database_dir=default_database_dir())
    console = _console()
    label = "채점 중" if args.lang == "ko" else "grading"
    with console.status(f"{label}…") as status:
        done = []

        def progress(result: ProblemResult) -> None:
            done.append(result)
            status.update(f"{label} {len(done)}/{len(problems)}: {result.problem.id} {escape(result.problem.title(args.lang))}")

        results = grade_all(problems, options, args.jobs, isolate=not args.no_isolation, on_result=progress)
    render(results, args.lang, console)
    if args.json:
        write_json(args.json, to_json(results, args.lang, seed))
    graded = [r for r in results if r.status != MANUAL]
    return 0 if all(r.status == PASSED for r in graded) else FAILED_EXIT


def list_problems(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade list")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args(argv)
    rows = [{"id": p.id, "chapter": p.chapter, "title": p.title(args.lang), "path": p.path, "names": list(p.names),
             "points": p.points, "autograded": p.autograded} for p in catalog.all_problems()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    table = Table(show_edge=False)
    for column in ("id", "title", "path", "names", "points", "autograded"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["id"], escape(row["title"]), row["path"], ", ".join(row["names"]), str(row["points"]), row["autograded"])
    _console().print(table)
    return 0


def init(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade init")
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    written = init_workspace(args.directory, list(catalog.all_problems()))
    _console().print(f"{len(written)} files written to {escape(str(args.directory))}. "
                     f"Next: cd {escape(str(args.directory))} && grade ch01")
    return 0


def hint(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade hint")
    parser.add_argument("problem")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args(argv)
    problem = catalog.by_id().get(args.problem.lower())
    if problem is None:
        parser.error(f"unknown problem: {args.problem}")
    console = _console()
    console.print(f"[bold]{problem.id} · {escape(problem.title(args.lang))}[/]")
    for number, text in enumerate(problem.hints, 1):
        console.print(f"{number}. {escape(text(args.lang))}")
    if not problem.hints:
        console.print("힌트가 없습니다." if args.lang == "ko" else "No hints for this problem.")
    return 0


COMMANDS = {"list": list_problems, "init": init, "hint": hint}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    return grade(argv)


if __name__ == "__main__":
    sys.exit(main())
