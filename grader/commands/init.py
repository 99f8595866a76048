"""`grade init DIR`: a learner workspace with every stub."""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape

from grader import catalog
from grader.commands.console import console
from grader.workspace import init_workspace


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade init")
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    written = init_workspace(args.directory, list(catalog.all_problems()))
    console().print(f"{len(written)} files written to {escape(str(args.directory))}. "
                    f"Next: cd {escape(str(args.directory))} && grade ch01")
    return 0
