"""The grading process behind `check()` (grader/notebook.py): trusted, one per kernel, no learner code in it.

It reads one JSON request per line on stdin (a problem id and the kernel's input history), grades that problem
in a sandboxed worker exactly as `grade` does, and answers one JSON line: the status and the report as HTML,
plain text and ANSI text, rendered by grader/report.py. It ends when the kernel closes the pipe.

The grader's modules are imported inside the functions: the worker's fork server (a second interpreter) starts
while they load, and the learner's first check waits for the slower of the two, not for both.
"""
from __future__ import annotations

import importlib.util
import io
import json
import os
import random
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from grader.sandbox.runner import Sandbox

# Rich's own notebook style, so that the report looks the same as rich output elsewhere in Jupyter.
HTML = ('<pre style="white-space:pre;overflow-x:auto;line-height:normal;'
        "font-family:Menlo,'DejaVu Sans Mono',consolas,'Courier New',monospace\">{code}</pre>")


def workspace_of(start: Path) -> Path:
    """The workspace `start` is in, found as `grade` finds it; `start` itself outside any."""
    from grader.workspace import find_workspace

    return find_workspace(start) or start


def history_cells(history: list[str]) -> list[dict[str, Any]]:
    """The kernel's history as worker cells, named In [n] as Jupyter shows them; the newest kept when too long."""
    from grader.engine import KERNEL_HISTORY
    from grader.workspace import MAX_SOURCE_BYTES

    cells, size = [], 0
    for number in range(len(history) - 1, 0, -1):  # In[0] is always empty
        source = history[number] if isinstance(history[number], str) else ""
        size += len(source)
        if size > MAX_SOURCE_BYTES:
            break
        if source.strip():
            cells.append({"source": source, "file": KERNEL_HISTORY, "cell": number, "main": False, "jupyter": True})
    return cells[::-1]


def render(result: Any, cells: list[dict[str, Any]], lang: str) -> dict[str, str]:
    """The check's report: a status line, the problem's panel (report.py's) when there is more to say, what was graded."""
    from rich.box import HORIZONTALS
    from rich.console import Group
    from rich.markup import escape

    from grader.engine import NOT_STARTED, PASSED
    from grader.report import STYLE, problem_panel, status_label
    from grader.spec import text

    problem, status = result.problem, result.status
    parts: list[Any] = [f"[bold {STYLE[status]}]{'✓' if status == PASSED else '✗'} {problem.id} · "
                        f"{escape(problem.title(lang))}: {status_label(status, lang)}[/] ({result.score}/{result.max_score})"]
    if status == NOT_STARTED:
        result.messages.append(text("함수가 아직 NotImplementedError 를 일으킵니다: 위의 코드 셀을 채워 실행한 뒤 다시 확인하세요.",
                                    "Your function still raises NotImplementedError: fill in the code cell above, run it, "
                                    "then check again."))
    if status != PASSED or result.messages:
        parts.append(problem_panel(result, lang, box=HORIZONTALS))  # no right edge: Korean widths vary in browsers
    span = f"In [{cells[0]['cell']}]–In [{cells[-1]['cell']}]" if cells else "-"
    graded = text(f"채점한 코드: 이 커널이 실행한 셀 {span}, 커널 밖의 격리된 작업 프로세스에서 다시 실행. 고친 셀은 실행해야 반영됩니다.",
                  f"Graded: the cells this kernel has run, {span}, replayed in a sandboxed worker outside the kernel. "
                  "Run a cell you changed before checking.")
    parts.append(f"[dim]{escape(graded(lang))}[/]")
    return _export(Group(*parts))


def _export(renderable: Any) -> dict[str, str]:
    from rich.console import Console

    console = Console(record=True, width=100, file=io.StringIO(), force_terminal=True, color_system="truecolor",
                      highlight=False)
    console.print(renderable)
    return {"text": console.export_text(clear=False), "ansi": console.export_text(clear=False, styles=True),
            "html": console.export_html(inline_styles=True, code_format=HTML)}


def answer(request: dict[str, Any], sandbox: Sandbox) -> dict[str, Any]:
    from rich.markup import escape

    from grader import catalog
    from grader.engine import KERNEL_HISTORY, Grader, Options, default_database_dir
    from grader.spec import text
    from grader.workspace import Submission, learner_files

    lang = request.get("lang") if request.get("lang") in ("ko", "en") else "ko"
    problem = catalog.by_id().get(str(request.get("problem", "")).strip().lower())
    if problem is None:
        message = text(f"{request.get('problem')!r} 은(는) 이 과정의 문제 번호가 아닙니다 (grade list 로 확인하세요).",
                       f"{request.get('problem')!r} is not a problem of this course (see grade list).")
        return {"status": "unknown", **_export(f"[red]{escape(message(lang))}[/]")}
    if isinstance(request.get("time_limit"), (int, float)):
        problem = replace(problem, time_limit=float(request["time_limit"]))
    here = Path(str(request.get("cwd") or "."))
    workspace = workspace_of(here)
    options = Options(workspace=workspace, seed=random.randrange(2**31), database_dir=default_database_dir(),
                      reference_available=importlib.util.find_spec("reference") is not None)
    cells = history_cells(request.get("history") if isinstance(request.get("history"), list) else [])
    if not cells:
        message = text(f"이 커널에는 실행한 셀의 기록이 없습니다 (ipython 파일.py 로 실행한 스크립트?). 스크립트는 grade {problem.id} 로 채점하세요.",
                       f"This kernel keeps no history of cells it ran (a script run as ipython file.py?). "
                       f"Grade a script with grade {problem.id}.")
        return {"status": "unknown", **_export(f"[red]{escape(message(lang))}[/]")}
    submission = Submission(cells=cells, filename=KERNEL_HISTORY, files=learner_files(workspace, problem, here))
    result = Grader(sandbox, options).grade(problem, submission)
    return {"status": result.status, **render(result, cells, lang)}


def serve() -> None:
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # anything a library prints goes to the log, never into the replies
    started: list[Any] = []
    booting = threading.Thread(target=lambda: started.append(_start_sandbox()))
    booting.start()  # the worker's fork server starts while the declarations are imported here
    from grader import catalog

    catalog.all_problems()
    booting.join()
    sandbox = started[0]
    if isinstance(sandbox, Exception):
        raise sandbox
    try:
        for line in sys.stdin.buffer:
            try:
                reply = answer(json.loads(line), sandbox)
            except Exception as error:  # noqa: BLE001  a bug of ours: say so in the notebook, keep serving
                from rich.markup import escape

                reply = {"status": "error", **_export(escape(f"grader error: {type(error).__name__}: {error}"))}
            replies.write(json.dumps(reply, ensure_ascii=False) + "\n")
            replies.flush()
    finally:
        sandbox.close()


def _start_sandbox() -> Sandbox | Exception:
    try:
        return Sandbox()
    except Exception as error:  # noqa: BLE001  raised in serve(), where the kernel's side reads it from stderr
        return error
