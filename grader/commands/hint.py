"""`grade hint ID`: the hints for one problem."""
from __future__ import annotations

import argparse

from rich.markup import escape

from grader import catalog
from grader.commands.console import console as make_console


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade hint")
    parser.add_argument("problem")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args(argv)
    problem = catalog.by_id().get(args.problem.lower())
    if problem is None:
        parser.error(f"unknown problem: {args.problem}")
    console = make_console()
    console.print(f"[bold]{problem.id} · {escape(problem.title(args.lang))}[/]")
    for number, text in enumerate(problem.hints, 1):
        console.print(f"{number}. {escape(text(args.lang))}")
    if not problem.hints:
        console.print("힌트가 없습니다." if args.lang == "ko" else "No hints for this problem.")
    return 0
