"""`grade classroom --targets ch05 --wheel WHEEL [--to DIR]`: GitHub Classroom grading for a learner repository."""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from rich.markup import escape

from grader.commands.console import console as make_console
from grader.commands.targets import select
from grader.instructor.classroom import autograding, workflow

WHEELS = Path(".github") / "dlscratch"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade classroom", description="Write .github/workflows/grade.yml and "
                                     ".github/classroom/autograding.json: install the learner release, run grade.")
    parser.add_argument("--targets", nargs="+", required=True, help="chapters (ch05) or problems (p157) to grade")
    parser.add_argument("--to", type=Path, default=Path.cwd(), metavar="DIR", help="the learner repository (default: here)")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko", help="the language of the feedback")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--wheel", type=Path, help="the learner wheel from `grade release` (copied into the repository)")
    source.add_argument("--install", metavar="SPEC", help="or what `pip install` should install (a URL, a requirement)")
    args = parser.parse_args(argv)
    problems = select(parser, args.targets)
    install = args.install
    if args.wheel:
        if not args.wheel.is_file() or args.wheel.suffix != ".whl" or "reference" in args.wheel.name:
            parser.error(f"--wheel: {args.wheel} is not the learner wheel (dlscratch-*.whl from `grade release`)")
        (args.to / WHEELS).mkdir(parents=True, exist_ok=True)
        shutil.copy2(args.wheel, args.to / WHEELS / args.wheel.name)
        install = (WHEELS / args.wheel.name).as_posix()
    files = {Path(".github/workflows/grade.yml"): workflow(problems, install, args.targets, args.lang),
             Path(".github/classroom/autograding.json"): json.dumps(autograding(problems, install, args.lang), ensure_ascii=False, indent=2) + "\n"}
    for relative, content in files.items():
        (args.to / relative).parent.mkdir(parents=True, exist_ok=True)
        (args.to / relative).write_text(content, encoding="utf-8")
    make_console().print(f"Wrote {', '.join(str(p) for p in files)} in {escape(str(args.to))}: commit them to the "
                         "learner repository (or its template).")
    return 0
