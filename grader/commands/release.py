"""`grade release OUT_DIR`: build the learner release (no solutions) and, in OUT_DIR/instructor/, the reference."""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape

from grader import catalog
from grader.commands.console import console as make_console
from grader.engine import PROJECT_ROOT
from grader.instructor.release import ReleaseError, build_release


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade release", description="Build the learner release: a wheel and an "
                                     "sdist of dlscratch without reference solutions, and dlscratch-reference beside it.")
    parser.add_argument("out_dir", type=Path, help="where to write the wheels and sdists")
    args = parser.parse_args(argv)
    console = make_console()
    try:
        with console.status("building the release…"):
            release = build_release(PROJECT_ROOT, args.out_dir, list(catalog.all_problems()))
    except ReleaseError as error:
        console.print(f"[red]{escape(str(error))}[/]")
        return 1
    console.print("[bold]learners[/] (pip install the wheel; checks that need the reference are skipped):")
    for path in release.learner:
        console.print(f"  {escape(str(path))}")
    console.print("[bold]instructors and grading servers only[/] (install beside the learner wheel):")
    for path in release.reference:
        console.print(f"  {escape(str(path))}")
    console.print("[green]scanned: no reference path and no copy of reference code in the learner files[/]")
    return 0
