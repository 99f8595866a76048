"""`grade solution ID`: show a published solution; `grade solution --add DIR`: add a published set to this install."""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape
from rich.syntax import Syntax

from grader import catalog
from grader.commands.console import console as make_console
from grader.instructor import solutions
from grader.spec import text

NOT_YET = text("{id}의 풀이는 아직 공개되지 않았습니다. 선생님이 공개하면 grade solution --add 폴더 로 추가하세요.",
               "The solution of {id} is not published yet. When your instructor publishes it, add it with grade solution --add DIR.")
ADDED = text("풀이 {count}개를 추가했습니다: {ids}", "Added {count} solutions: {ids}")
NOT_A_SET = text("{folder} 에는 공개된 풀이가 없습니다 (solutions.json 이 없거나 비어 있음; grade publish 가 만듭니다).",
                 "{folder} holds no published solutions (no solutions.json, or an empty one; grade publish writes it).")
LIBRARY = text("같은 폴더의 라이브러리 모듈", "library modules beside it")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade solution", description="Show a published solution, or add a published set.")
    parser.add_argument("problem", nargs="?", help="the problem whose solution to show (p157)")
    parser.add_argument("--add", type=Path, metavar="DIR", help="add the solutions `grade publish` wrote to DIR")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args(argv)
    console = make_console()
    if args.add:
        try:
            ids = solutions.add(args.add)
        except solutions.NotAPublishedSet:
            console.print(escape(NOT_A_SET.format(folder=str(args.add))(args.lang)))
            return 1
        console.print(escape(ADDED.format(count=len(ids), ids=" ".join(ids))(args.lang)))
        return 0
    if not args.problem:
        parser.error("name a problem (grade solution p157) or a folder to add (grade solution --add DIR)")
    problem = catalog.by_id().get(args.problem.lower())
    if problem is None:
        parser.error(f"unknown problem: {args.problem} (see `grade list`)")
    entry = solutions.published().get(problem.id)
    path = solutions.store() / entry["path"] if entry else None
    if path is None or not path.is_file():
        console.print(escape(NOT_YET.format(id=problem.id)(args.lang)))
        return 1
    console.print(f"[bold]{problem.id} · {escape(problem.title(args.lang))}[/]  [dim]{escape(str(path))}[/]")
    console.print(Syntax(path.read_text(encoding="utf-8"), "python", line_numbers=True, word_wrap=True))
    if entry["library"]:
        console.print(f"[dim]{escape(LIBRARY(args.lang))}: {escape(', '.join(Path(p).name for p in entry['library']))}[/]")
    return 0
