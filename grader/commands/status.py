"""`grade status`: the whole course on one board, from the results of earlier `grade` runs."""
from __future__ import annotations

import argparse
from itertools import groupby
from pathlib import Path

from rich.markup import escape
from rich.table import Table

from grader import catalog
from grader import results as record
from grader.commands.console import console as make_console
from grader.report import progress_bar, status_label
from grader.status import FAILING, MANUAL, NOT_STARTED, PASSED, SKIPPED
from grader.workspace import find_workspace

HEADERS = {"ko": ("장", "진행", "통과", "실패", "시작 전", "기타", "합계"),
           "en": ("chapter", "progress", "passed", "failed", "not started", "other", "total")}
NO_RECORD = {"ko": "아직 채점 기록이 없습니다 (모두 시작 전). grade ch01 처럼 채점하면 여기에 쌓입니다.",
             "en": "No results recorded yet (all not started). Each grade run, such as grade ch01, adds to it."}
OTHER = {"ko": "기타: 자가 확인 문제, 또는 이 설치에서 채점할 수 없는 문제", "en": "other: checked by eye, or not gradable in this install"}


def counts(problem_ids: list[str], statuses: dict[str, str]) -> dict[str, int]:
    """How many of the problems are passed, failing, not started, and other (self-checked, skipped)."""
    found = [statuses.get(p, NOT_STARTED) for p in problem_ids]
    return {"passed": found.count(PASSED), "failed": sum(s in FAILING for s in found),
            "not started": found.count(NOT_STARTED), "other": sum(s in (MANUAL, SKIPPED) for s in found)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade status", description="Per chapter: problems passed, failed and not "
                                     "started (from earlier grade runs), and the next problem to do.")
    parser.add_argument("--workspace", type=Path, help="the learner workspace (default: this folder or the nearest one above it made by grade init)")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args(argv)
    statuses = record.load(args.workspace or find_workspace(Path.cwd()) or Path.cwd())
    console = make_console()
    table = Table(show_edge=False, pad_edge=False)
    headers = HEADERS[args.lang]
    table.add_column(headers[0], no_wrap=True)
    table.add_column(headers[1], no_wrap=True)
    for header, style in zip(headers[2:], ("green", "red", "dim", "cyan", "bold")):
        table.add_column(header, justify="right", no_wrap=True, style=style)
    everything = []
    for chapter, entries in groupby(catalog.index(), key=lambda e: e.chapter):
        ids = [e.id for e in entries]
        everything += ids
        c = counts(ids, statuses)
        table.add_row(chapter, progress_bar(c["passed"], len(ids), width=10), *(str(c[k]) for k in c), str(len(ids)))
    total = counts(everything, statuses)
    table.add_section()
    table.add_row(headers[6], progress_bar(total["passed"], len(everything), width=10), *(str(total[k]) for k in total),
                  str(len(everything)))
    console.print(table)
    if total["other"]:
        console.print(f"[dim]{OTHER[args.lang]}[/]")
    if not statuses:
        console.print(f"[dim]{NO_RECORD[args.lang]}[/]")
    upcoming = record.next_problem(everything, statuses, gradable=lambda p: catalog.get(p).autograded != "no")
    line = record.next_step(upcoming, catalog.get(upcoming).title if upcoming else None, args.lang)
    console.print(f"[bold]{escape(line)}[/]")
    if upcoming and statuses.get(upcoming) in FAILING:
        console.print(f"[dim]{upcoming}: {status_label(statuses[upcoming], args.lang)}[/]")
    return 0
