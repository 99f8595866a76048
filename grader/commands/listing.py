"""`grade list [--json]`: every problem, its file and what to implement."""
from __future__ import annotations

import argparse
import json

from rich.markup import escape
from rich.table import Table

from grader import catalog
from grader.commands.console import console


def main(argv: list[str]) -> int:
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
    console().print(table)
    return 0
