"""`grade watch [ch05 | p157 ...]`: re-grade a problem whenever its file is saved, rustlings-style.

The board shows the current problem (the first one not passed) and its last result; when it passes, the watch
moves on to the next problem not passed. Files are watched with watchfiles (inotify on Linux): a save is graded
within a fraction of a second. One sandbox serves the whole session. Ctrl-C ends it.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from rich.console import Group
from rich.live import Live
from rich.markup import escape
from rich.text import Text as RichText

from grader import catalog
from grader import results as record
from grader.commands.console import console as make_console
from grader.spec import text
from grader.commands.grading import workspace_here
from grader.workspace import LAYOUTS, file_for

DEBOUNCE_MS = 200  # a save (editors write a file in several steps) is one change after this quiet time
WATCHING = text("지켜보는 중: {what} · 통과 {passed}/{total}", "watching {what} · passed {passed}/{total}")
CURRENT = text("지금 문제: {id} · {title}  ({file})", "current: {id} · {title}  ({file})")
NOT_STARTED = text("{file} 을(를) 풀고 저장하면 바로 채점합니다.", "Solve {file} and save it: it is graded at once.")
PASSED_NEXT = text("{id} 통과! 다음 문제: {next}", "{id} passed! next problem: {next}")
PASSED_ALL = text("{id} 통과! 지켜보는 문제를 모두 통과했습니다.", "{id} passed! Every watched problem is passed.")
GRADED = text("{id}: {status}", "{id}: {status}")
FOOTER = text("파일을 저장하면 다시 채점합니다 · 끝내려면 Ctrl-C", "save a file to re-grade it · Ctrl-C to stop")
BYE = text("지켜보기를 끝냈습니다. 전체 진행 상황: grade status", "Stopped watching. The whole course: grade status")


class Session:
    """What the watch knows: the watched problems, their last statuses, the current problem and its last result."""

    def __init__(self, workspace: Path, problem_ids: list[str], what: str, lang: str, seed: int) -> None:
        from grader.engine import Grader, Options, default_database_dir, installed_reference
        from grader.sandbox.runner import Sandbox

        self.workspace, self.problem_ids, self.what, self.lang = workspace, problem_ids, what, lang
        self.statuses = {p: s for p, s in record.load(workspace).items() if p in problem_ids}
        self.sandbox = Sandbox()
        options = Options(workspace=workspace, seed=seed, reference_available=installed_reference() is not None,
                          database_dir=default_database_dir())
        self.grader = Grader(self.sandbox, options)
        self.current = self._next(None)
        self.result = None

    def _next(self, after: str | None) -> str | None:
        return record.next_problem(self.problem_ids, self.statuses, [after] if after else [],
                                   gradable=lambda p: catalog.get(p).autograded != "no")

    def files(self) -> dict[Path, list[str]]:
        """Every file a watched problem's code may be in (any layout), and the problems each holds."""
        found: dict[Path, list[str]] = {}
        for problem_id in self.problem_ids:
            for layout in LAYOUTS:
                path = (self.workspace / file_for(catalog.get(problem_id), layout)).resolve()
                found.setdefault(path, []).append(problem_id)
        return found

    def grade(self, problem_ids: list[str]) -> list[str]:
        """Grade these problems, keep their statuses; the event lines to print (a pass moves the watch on)."""
        from grader.report import status_label

        events = []
        for problem_id in problem_ids:
            result = self.grader.grade(catalog.get(problem_id))
            self.statuses[problem_id] = result.status
            record.save(self.workspace, [(problem_id, result.status)])
            if problem_id == self.current or self.current is None:
                self.result = result
            events.append(GRADED.format(id=problem_id, status=status_label(result.status, self.lang))(self.lang))
        if self.current and self.statuses.get(self.current) == "passed":
            passed, self.current = self.current, self._next(self.current)
            events.append((PASSED_NEXT.format(id=passed, next=self.current) if self.current else
                           PASSED_ALL.format(id=passed))(self.lang))
            self.result = None
            if self.current:  # where the new current problem stands (a fresh stub: not started)
                events += self.grade([self.current])
        return events

    def board(self) -> Group:
        from grader.report import problem_panel, progress_bar

        passed = sum(self.statuses.get(p) == "passed" for p in self.problem_ids)
        parts: list = [RichText.from_markup(f"[bold]{escape(WATCHING.format(what=self.what, passed=passed, total=len(self.problem_ids))(self.lang))}[/]  "
                                            + progress_bar(passed, len(self.problem_ids), width=20))]
        if self.current:
            problem = catalog.get(self.current)
            shown = self.result.source if self.result and self.result.source else problem.path
            parts.append(RichText.from_markup(escape(CURRENT.format(id=problem.id, title=problem.title(self.lang), file=shown)(self.lang))))
            if self.result is None or self.result.status == "not started":
                parts.append(RichText.from_markup(f"[dim]{escape(NOT_STARTED.format(file=shown)(self.lang))}[/]"))
            else:
                parts.append(problem_panel(self.result, self.lang))
        parts.append(RichText.from_markup(f"[dim]{escape(FOOTER(self.lang))}[/]"))
        return Group(*parts)

    def close(self) -> None:
        self.sandbox.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade watch", description="Re-grade problems whenever their files are saved; "
                                     "show the current problem, and move to the next one when it passes.")
    parser.add_argument("targets", nargs="*", default=["all"], help="chapters (ch05) or problems (p157); default: all")
    parser.add_argument("--workspace", type=Path, help="the learner workspace (default: this folder or the nearest one above it made by grade init)")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--seed", type=int, help="replay the random examples of an earlier run")
    args = parser.parse_args(argv)
    try:
        problem_ids = catalog.select_ids(args.targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown} (see `grade list`)")
    console = make_console()
    if args.workspace is None:
        args.workspace = workspace_here(parser, console, args.lang)
    if not args.workspace.is_dir():
        parser.error(f"no workspace folder at {args.workspace} (create one with `grade init DIR`)")
    session = None
    try:
        from watchfiles import watch

        seed = args.seed if args.seed is not None else random.randrange(2**31)
        session = Session(args.workspace.resolve(), problem_ids, " ".join(args.targets), args.lang, seed)
        files = session.files()
        with Live(session.board(), console=console, auto_refresh=False) as live:
            for event in session.grade([session.current]) if session.current else []:
                live.console.print(f"[dim]{time.strftime('%H:%M:%S')}[/] {escape(event)}")
            live.update(session.board(), refresh=True)
            for changes in watch(session.workspace, watch_filter=lambda change, path: Path(path) in files,
                                 debounce=DEBOUNCE_MS, step=50, raise_interrupt=True):
                changed = {p for _, path in changes for p in files.get(Path(path), [])}
                for event in session.grade([p for p in problem_ids if p in changed]):
                    live.console.print(f"[dim]{time.strftime('%H:%M:%S')}[/] {escape(event)}")
                live.update(session.board(), refresh=True)
    except KeyboardInterrupt:
        pass
    finally:
        if session:
            session.close()
    console.print(escape(BYE(args.lang)))
    return 0
