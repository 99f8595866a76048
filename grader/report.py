"""The rich terminal report and the JSON results file.

Learner text (printed output, exception messages, reprs) is shown escaped and stripped of control
sequences, always labelled as the learner's, and never read back for any verdict.
"""
from __future__ import annotations

import json
import re
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.box import ROUNDED, Box
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from grader.files import write_atomically
from grader.instructor.solutions import published as published_solutions
from grader.status import ERROR, FAILED, MANUAL, MEMORY, NOT_STARTED, PASSED, SKIPPED, TIMEOUT

if TYPE_CHECKING:
    from grader.engine import ProblemResult

CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|[\x00-\x08\x0b-\x1f\x7f]")
STYLE = {PASSED: "green", FAILED: "red", ERROR: "red", TIMEOUT: "magenta", MEMORY: "magenta",
         NOT_STARTED: "dim", MANUAL: "cyan", SKIPPED: "yellow"}
STATUS_KO = {PASSED: "통과", FAILED: "실패", ERROR: "오류", TIMEOUT: "시간 초과", MEMORY: "메모리 초과",
             NOT_STARTED: "시작 전", MANUAL: "자가 확인", SKIPPED: "건너뜀"}
STEP_KO = {"type": "자료형", "shape": "형상", "dtype": "dtype", "values": "값", "property": "성질", "error": "오류"}
LABELS = {
    "ko": {"id": "번호", "title": "제목", "status": "상태", "points": "점수", "expected": "기대값", "actual": "실제값",
           "input": "가장 작은 실패 입력", "hint": "힌트", "output": "학습자 코드의 출력", "seed": "재현", "total": "합계",
           "isolation": "격리 수준", "step": "단계", "graded": "채점한 파일", "solution": "공개된 풀이 보기"},
    "en": {"id": "id", "title": "title", "status": "status", "points": "points", "expected": "expected", "actual": "actual",
           "input": "smallest failing input", "hint": "hint", "output": "output of your code", "seed": "replay",
           "total": "total", "isolation": "isolation", "step": "step", "graded": "graded", "solution": "see the published solution"},
}


def clean(learner_text: str, limit: int = 2000) -> str:
    """Learner-controlled text, safe to print: no escape sequences, no rich markup, bounded."""
    return escape(CONTROL.sub("", learner_text)[:limit])


def progress_bar(done: int, total: int, width: int) -> str:
    """A text bar that reads the same in a terminal and in a CI log."""
    filled = round(width * done / total) if total else 0
    return f"[green]{'█' * filled}[/][dim]{'░' * (width - filled)}[/] {100 * done / total if total else 0:.0f}%"


def status_label(status: str, lang: str) -> str:
    return STATUS_KO[status] if lang == "ko" else status


# The worker describes its isolation in English (grader/sandbox/isolation.py); the Korean report says it in Korean.
ISOLATION_KO = [(re.compile(r"process \(own session and resource limits; no namespaces\)"), "프로세스 (자체 세션과 자원 제한, 네임스페이스 없음)"),
                (re.compile(r"namespaces \(pid, network, mount\)"), "네임스페이스 (pid, 네트워크, 마운트)"),
                (re.compile(r"(\d+)/(\d+) paths read-only"), r"읽기 전용 경로 \1/\2"),
                (re.compile(r"reference NOT hidden"), "참조 답안을 숨기지 못함"),
                (re.compile(r"reference hidden"), "참조 답안 숨김")]


def isolation_label(level: str, lang: str) -> str:
    if lang == "ko":
        for pattern, korean in ISOLATION_KO:
            level = pattern.sub(korean, level)
    return level


def step_label(step: str, lang: str) -> str:
    return STEP_KO.get(step, step) if lang == "ko" else step


def problem_panel(result: ProblemResult, lang: str, box: Box = ROUNDED) -> Panel:
    """One problem's messages, failed checks and output; a notebook shows it with a box that has no right edge."""
    words = LABELS[lang]
    lines: list[Any] = [RichText.from_markup(escape(m(lang))) for m in result.messages]
    for check in result.checks:
        if check.status in (PASSED, SKIPPED, NOT_STARTED):
            continue
        lines.append(RichText.from_markup(f"[bold]✗ {escape(check.title(lang))}[/]"
                                          + (f"  [dim]({words['step']}: {step_label(check.step, lang)})[/]" if check.step else "")))
        if check.message:
            lines.append(RichText.from_markup("  " + clean(check.message(lang))))
        for key in ("input", "expected", "actual"):
            value = getattr(check, key)
            if value is not None:
                lines.append(RichText.from_markup(f"  [bold]{words[key]}:[/] " + clean(value).replace("\n", "\n    ")))
        if check.hint:
            lines.append(RichText.from_markup(f"  [yellow]{words['hint']}:[/] {escape(check.hint(lang))}"))
        if check.seed is not None and check.input is not None:
            lines.append(RichText.from_markup(f"  [dim]{words['seed']}: grade {result.problem.id} --seed {check.seed}[/]"))
    if result.output.strip():
        lines.append(RichText.from_markup(f"[dim]── {words['output']} ──[/]"))
        lines.append(RichText(CONTROL.sub("", result.output)[:1200].rstrip(), style="dim"))
    title = f"{result.problem.id} · {result.problem.title(lang)} · {status_label(result.status, lang)}"
    return Panel(Group(*lines), title=escape(title), title_align="left", border_style=STYLE[result.status], box=box)


def graded_files(results: list[ProblemResult]) -> str | None:
    """Which files were graded, when any is not the problem's own .py file (a notebook): never leave it to guessing."""
    unusual: dict[str, list[str]] = {}
    for r in results:
        if r.source and r.source != r.problem.path:
            unusual.setdefault(r.source, []).append(r.problem.id)
    if not unusual:
        return None
    return "; ".join(source if len(ids) == len(results) else f"{source} ({', '.join(ids)})" for source, ids in unusual.items())


def render(results: list[ProblemResult], lang: str, console: Console | None = None) -> None:
    console = console or Console(width=min(100, Console().width))
    words = LABELS[lang]
    for chapter, group in groupby(results, key=lambda r: r.problem.chapter):
        chapter_results = list(group)
        table = Table(title=chapter, title_justify="left", expand=True, show_edge=False, pad_edge=False)
        table.add_column(words["id"], width=6, no_wrap=True)
        table.add_column(words["title"], ratio=1, overflow="ellipsis", no_wrap=True)
        table.add_column(words["status"], width=11, no_wrap=True)
        table.add_column(words["points"], width=6, justify="right", no_wrap=True)
        for r in chapter_results:
            points = f"{r.score}/{r.max_score}" if r.max_score else "-"
            table.add_row(r.problem.id, escape(r.problem.title(lang)), f"[{STYLE[r.status]}]{status_label(r.status, lang)}[/]", points)
        console.print(table)
        files = graded_files(chapter_results)
        if files:
            console.print(f"[dim]{words['graded']}: {escape(files)}[/]")
    for result in results:
        if result.status in (FAILED, ERROR, TIMEOUT, MEMORY) or result.status == PASSED and result.messages:
            console.print(problem_panel(result, lang))
        elif result.status == MANUAL:
            console.print(Panel(escape(result.messages[0](lang)) if result.messages else "", border_style="cyan",
                                title=escape(f"{result.problem.id} · {result.problem.title(lang)} · {status_label(MANUAL, lang)}"),
                                title_align="left"))
    score, max_score = sum(r.score for r in results), sum(r.max_score for r in results)
    graded = [r for r in results if r.status != MANUAL]
    passed = sum(r.status == PASSED for r in graded)
    console.print(f"[bold]{words['total']}: {score}/{max_score}[/]  ({passed}/{len(graded)} {status_label(PASSED, lang)})")
    console.print(progress_bar(score, max_score, width=min(50, console.width - 10)))
    solved = [r.problem.id for r in results if r.status == PASSED and r.problem.id in published_solutions()]
    if solved:  # rustlings' model: the solution is offered once the learner's own code passes
        console.print(f"[dim]{words['solution']}: grade solution {' '.join(solved)}[/]")
    levels = sorted({r.isolation for r in results if r.isolation})
    if levels:
        console.print(f"[dim]{words['isolation']}: {escape('; '.join(isolation_label(level, lang) for level in levels))}[/]")


def to_json(results: list[ProblemResult], lang: str, seed: int | None) -> dict[str, Any]:
    problems = []
    for r in results:
        messages = [m(lang) for m in r.messages]
        for check in r.checks:
            if check.status not in (PASSED,):
                words = LABELS[lang]
                parts = [f"{check.title(lang)}: {status_label(check.status, lang)}"] + [x for x in (
                    check.message(lang) if check.message else None,
                    f"{words['input']}: {check.input}" if check.input else None,
                    f"{words['expected']}: {check.expected}" if check.expected else None,
                    f"{words['actual']}: {check.actual}" if check.actual else None,
                    f"{words['hint']}: {check.hint(lang)}" if check.hint else None) if x]
                messages.append("\n".join(parts))
        problems.append({"id": r.problem.id, "status": r.status, "score": r.score, "max_score": r.max_score,
                         "messages": messages, "seconds": round(r.seconds, 3)})
    return {"score": sum(r.score for r in results), "max_score": sum(r.max_score for r in results),
            "seed": seed, "problems": problems}


def write_json(path: Path, data: dict[str, Any]) -> None:
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
