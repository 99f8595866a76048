"""`grade hint ID [N | --all]`: a problem's hints, one tier at a time: the first nudges, the last may be the answer."""
from __future__ import annotations

import argparse

from rich.markup import escape

from grader import catalog
from grader.commands.console import console as make_console


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade hint", description="Show a problem's hints up to the N-th "
                                     "(default 1: a nudge; the last one may give the answer away).")
    parser.add_argument("problem")
    parser.add_argument("number", nargs="?", type=int, default=1, metavar="N", help="show hints 1 to N (default 1)")
    parser.add_argument("--all", action="store_true", help="show every hint")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_intermixed_args(argv)
    problem = catalog.by_id().get(args.problem.lower())
    if problem is None:
        parser.error(f"unknown problem: {args.problem}")
    if args.number < 1:
        parser.error("N counts from 1")
    ko = args.lang == "ko"
    console = make_console()
    console.print(f"[bold]{problem.id} · {escape(problem.title(args.lang))}[/]")
    if not problem.hints:
        console.print("힌트가 없습니다." if ko else "No hints for this problem.")
        return 0
    shown = len(problem.hints) if args.all else min(args.number, len(problem.hints))
    for number, text in enumerate(problem.hints[:shown], 1):
        console.print(f"{number}. {escape(text(args.lang))}")
    left = len(problem.hints) - shown
    if left:
        command = f"grade hint {problem.id} {shown + 1}"
        console.print(f"[dim]힌트가 {left}개 더 있습니다: {command} (모두: --all)[/]" if ko else
                      f"[dim]{left} more hint{'s' if left > 1 else ''}: {command} (all of them: --all)[/]")
    return 0
