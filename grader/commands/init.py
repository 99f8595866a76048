"""`grade init DIR [--notebooks | --per-problem]`: a learner workspace with every problem's file."""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape

from grader import catalog
from grader.commands.console import console
from grader.workspace import MARKER, init_workspace, layout_of


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade init", description="Write a workspace: one .py file per problem "
                                     "(default), one notebook per chapter (--notebooks) or per problem (--per-problem).")
    parser.add_argument("directory", type=Path)
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--notebooks", dest="layout", action="store_const", const="notebooks",
                      help="one notebook per chapter, chNN.ipynb")
    kind.add_argument("--per-problem", dest="layout", action="store_const", const="per-problem",
                      help="one notebook per problem, chNN/<id>_<slug>.ipynb")
    args = parser.parse_args(argv)
    existing = layout_of(args.directory) if (args.directory / MARKER).is_file() else None
    layout = args.layout or existing or "py"
    if existing and existing != layout:
        parser.error(f"{args.directory} is a workspace of layout '{existing}'; "
                     f"change it with `grade convert {layout} --workspace {args.directory}`")
    written = init_workspace(args.directory, list(catalog.all_problems()), layout)
    where = escape(str(args.directory))
    then = "jupyter lab ch01.ipynb" if layout == "notebooks" else "grade ch01"
    console().print(f"{len(written)} files written to {where} (layout: {layout}). Next: cd {where} && {then}")
    return 0
