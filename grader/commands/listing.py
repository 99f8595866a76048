"""`grade list [--chapter ch05] [--json]`: the problems per chapter, their files and their last status."""
from __future__ import annotations

import argparse
import json
from itertools import groupby
from pathlib import Path

from rich.cells import cell_len
from rich.markup import escape
from rich.table import Table

from grader import catalog
from grader import results as record
from grader.commands.console import console
from grader.report import LABELS, STYLE, status_label
from grader.status import NOT_STARTED
from grader.workspace import find_workspace

FILE = {"ko": "파일", "en": "file"}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade list", description="Every problem, its file and its status in the "
                                     "last grade run (--json: every problem's metadata, for scripts).")
    parser.add_argument("--chapter", metavar="chNN", help="only this chapter")
    parser.add_argument("--workspace", type=Path, help="the learner workspace (default: this folder or the nearest one above it made by grade init)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args(argv)
    if args.chapter and not any(e.chapter == args.chapter.lower() for e in catalog.index()):
        parser.error(f"--chapter: no chapter {args.chapter} (ch01 ... {catalog.index()[-1].chapter})")
    problems = catalog.select([args.chapter]) if args.chapter else catalog.all_problems()
    if args.json:
        rows = [{"id": p.id, "chapter": p.chapter, "title": p.title(args.lang), "path": p.path, "names": list(p.names),
                 "points": p.points, "autograded": p.autograded} for p in problems]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    statuses = record.load(args.workspace or find_workspace(Path.cwd()) or Path.cwd())
    words = LABELS[args.lang]
    out = console(full_width=True)
    for chapter, members in groupby(problems, key=lambda p: p.chapter):
        members = list(members)
        # Only the title gives way to a narrow terminal: ids, file names and statuses are shown whole.
        fixed = {words["id"]: [p.id for p in members], FILE[args.lang]: [Path(p.path).name for p in members],
                 words["points"]: [str(p.points) for p in members],
                 words["status"]: [status_label(s, args.lang) for s in STYLE]}
        widths = {header: max(cell_len(v) for v in [header, *values]) for header, values in fixed.items()}
        table = Table(title=chapter, title_justify="left", show_edge=False, pad_edge=False)
        table.add_column(words["id"], no_wrap=True, min_width=widths[words["id"]])
        table.add_column(words["title"], overflow="ellipsis", no_wrap=True,
                         max_width=max(out.width - sum(widths.values()) - 3 * len(widths), 3))
        for header in list(fixed)[1:]:
            table.add_column(header, no_wrap=True, min_width=widths[header], justify="right" if header == words["points"] else "left")
        for p in members:
            status = statuses.get(p.id, NOT_STARTED)
            points = str(p.points) if p.autograded != "no" else "-"
            table.add_row(p.id, escape(p.title(args.lang)), escape(Path(p.path).name), points,
                          f"[{STYLE[status]}]{status_label(status, args.lang)}[/]")
        out.print(table)
    return 0
