"""Maintainer tools.

    python -m grader.dev stubs                                    write exercises/ from the problem declarations
    python -m grader.dev stability [TARGETS] --seeds N [--jobs J]  grade the reference and tests/correct/ over N seeds
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from grader.catalog import all_problems

ROOT = Path(__file__).resolve().parents[1]


def write_stubs() -> int:
    changed = 0
    for problem in all_problems():
        path = ROOT / "exercises" / problem.path
        rendered = problem.render_stub()
        if not path.is_file() or path.read_text(encoding="utf-8") != rendered:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rendered, encoding="utf-8")
            changed += 1
    return changed


def stability(argv: list[str]) -> int:
    from grader import catalog, stability
    from grader.commands.console import console as make_console

    parser = argparse.ArgumentParser(prog="python -m grader.dev stability",
                                     description="Grade the reference and every tests/correct/ solution over N random "
                                                 "seeds (learner profile); exit 1 if any run failed.")
    parser.add_argument("targets", nargs="*", default=["all"], help="chapters (ch07), problems (p228) or all (default)")
    parser.add_argument("--seeds", type=int, required=True, metavar="N", help="random seeds per solution")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="grading processes (default: one per core)")
    args = parser.parse_args(argv)
    try:
        problems = catalog.select(args.targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown}")

    def progress(done: int, total: int, run: stability.Run, status: str, message: str) -> None:
        if status != "passed":
            print(f"FAILED {run.problem_id} {run.solution} --seed {run.seed}: {message}", file=sys.stderr, flush=True)
        if done % max(1, total // 20) == 0 or done == total:
            print(f"{done}/{total} runs", file=sys.stderr, flush=True)

    tallies = stability.measure(problems, stability.random_seeds(args.seeds), args.jobs, on_result=progress)
    stability.render(tallies, make_console())
    return 1 if any(t.failing_seeds for t in tallies) else 0


if __name__ == "__main__":
    command, rest = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command == "stubs" and not rest:
        print(f"{write_stubs()} stubs written")
    elif command == "stability":
        sys.exit(stability(rest))
    else:
        sys.exit(__doc__)
