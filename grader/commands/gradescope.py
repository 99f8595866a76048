"""`grade gradescope OUT.zip --targets ch05`: a Gradescope autograder bundle for the chosen chapters or problems."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rich.markup import escape

from grader import catalog
from grader.commands.console import console as make_console
from grader.engine import PROJECT_ROOT
from grader.instructor.gradescope import write_bundle
from grader.instructor.release import ReleaseError, build_release


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade gradescope", description="Build a Gradescope autograder zip: "
                                     "setup.sh installs the release, run_autograder grades /autograder/submission.")
    parser.add_argument("out", type=Path, metavar="OUT.zip")
    parser.add_argument("--targets", nargs="+", required=True, help="chapters (ch05) or problems (p157) to grade")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko", help="the language of the feedback")
    parser.add_argument("--no-reference", action="store_true",
                        help="leave dlscratch-reference out: checks that compare with the reference are skipped")
    args = parser.parse_args(argv)
    try:
        catalog.select(args.targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown} (see `grade list`)")
    console = make_console()
    with tempfile.TemporaryDirectory(prefix="dlscratch-gradescope-") as out:
        try:
            release = build_release(PROJECT_ROOT, Path(out), list(catalog.all_problems()))
        except ReleaseError as error:
            console.print(f"[red]{escape(str(error))}[/]")
            return 1
        wheels = [release.learner_wheel] + ([] if args.no_reference else [release.reference_wheel])
        write_bundle(args.out, wheels, args.targets, args.lang)
    console.print(f"Gradescope autograder written to {escape(str(args.out))} "
                  f"({'without' if args.no_reference else 'with'} the reference solutions). Upload it as the "
                  "assignment's autograder; learners submit their problem files (any folder layout).")
    return 0
