"""`grade publish TARGET... --to DIR`: the reference solutions of the chosen chapters or problems, for learners."""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape

from grader.commands.console import console as make_console
from grader.commands.targets import select
from grader.engine import installed_reference
from grader.instructor.publish import PublishError, write


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade publish", description="Write the reference solutions of the chosen "
                                     "chapters or problems as learner files (.py and .ipynb, with the library modules they import).")
    parser.add_argument("targets", nargs="+", help="chapters (ch05), problems (p157) or all")
    parser.add_argument("--to", type=Path, required=True, metavar="DIR", help="where to write them (merged with a set already there)")
    parser.add_argument("--no-notebooks", action="store_true", help="write .py files only (no .ipynb twins)")
    args = parser.parse_args(argv)
    problems = select(parser, args.targets)
    reference = installed_reference()
    if reference is None:
        parser.error("the reference solutions are not installed here (publish from the instructor's install)")
    try:
        written = write(problems, reference, args.to, notebooks=not args.no_notebooks)
    except PublishError as error:
        parser.error(str(error))
    console = make_console()
    console.print(f"{len(problems)} solutions ({len(written)} files) written to {escape(str(args.to))}.")
    console.print(f"Learners add them with: grade solution --add {escape(str(args.to))}")
    return 0
