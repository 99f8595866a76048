"""`grade gradescope OUT.zip --targets ch05`: a Gradescope autograder bundle for the chosen chapters or problems."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rich.markup import escape

from grader import catalog
from grader.commands.console import console as make_console
from grader.commands.targets import select
from grader.engine import PROJECT_ROOT
from grader.instructor.gradescope import write_bundle
from grader.instructor.release import REFERENCE_DIR, ReleaseError, build_release


def _wheels(release: Path, with_reference: bool) -> list[Path]:
    learner = sorted(release.glob("dlscratch-*.whl"))
    reference = sorted((release / REFERENCE_DIR).glob("dlscratch_reference-*.whl"))
    if len(learner) != 1 or with_reference and len(reference) != 1:
        raise ReleaseError(f"{release} is not one release of `grade release` (one dlscratch-*.whl, and "
                           f"{REFERENCE_DIR}/dlscratch_reference-*.whl unless --no-reference)")
    return learner + (reference if with_reference else [])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade gradescope", description="Build a Gradescope autograder zip: "
                                     "setup.sh installs the release, run_autograder grades /autograder/submission.")
    parser.add_argument("out", type=Path, metavar="OUT.zip")
    parser.add_argument("--targets", nargs="+", required=True, help="chapters (ch05) or problems (p157) to grade")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko", help="the language of the feedback")
    parser.add_argument("--release", type=Path, metavar="DIR",
                        help="bundle the release `grade release DIR` built (the one learners have); default: build one")
    parser.add_argument("--no-reference", action="store_true",
                        help="leave dlscratch-reference out: checks that compare with the reference are skipped")
    args = parser.parse_args(argv)
    select(parser, args.targets)
    console = make_console()
    with tempfile.TemporaryDirectory(prefix="dlscratch-gradescope-") as out:
        try:
            if args.release is None:
                build_release(PROJECT_ROOT, Path(out), list(catalog.all_problems()))
            wheels = _wheels(args.release or Path(out), not args.no_reference)
        except ReleaseError as error:
            console.print(f"[red]{escape(str(error))}[/]")
            return 1
        write_bundle(args.out, wheels[0], None if args.no_reference else wheels[1], args.targets, args.lang)
    console.print(f"Gradescope autograder written to {escape(str(args.out))} "
                  f"({'without' if args.no_reference else 'with'} the reference solutions). Upload it as the "
                  "assignment's autograder; learners submit their problem files (any folder layout).")
    return 0
