"""`check("p028")` in a notebook: grade one problem from the code this kernel has run, and show the result here.

The code graded is the kernel's input history: every cell run so far, in the order it ran (IPython's `In`), so
what is checked is what the kernel knows, saved or not. Nothing is graded in this kernel, where learner code has
run: the history goes to a grading process of its own (grader/notebook_grader.py, started once per kernel), which
replays it in a sandboxed worker exactly as `grade` does and decides there. Learner code that loops forever or
exits costs that check alone; the kernel keeps running.

The result comes back as HTML and text, shown with plain `IPython.display` (Jupyter, VS Code, Colab: no extension)
or printed in a terminal IPython. This module imports nothing heavy: a check cell costs the kernel nothing.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TIME_LIMIT: float | None = None  # the tests shorten a check's time limit; None keeps the problem's own
PROJECT_ROOT = Path(__file__).resolve().parents[1]
BOOT = "import sys; sys.path.insert(0, sys.argv[1]); from grader.notebook_grader import serve; serve()"
REPLY_WAIT = 900.0  # seconds: far above any problem's limits; only a grader bug waits this long
_process: subprocess.Popen | None = None
_log: Any = None  # the grading process's stderr: its last lines say why it stopped, if it does

SAY = {
    "ko": {"no_kernel": "check() 는 Jupyter/IPython 커널이 실행한 셀을 채점합니다. 터미널에서는 grade {id} 를 쓰세요.",
           "lost": "채점 프로세스가 멈췄습니다 ({why}). 다시 실행하면 새로 시작합니다."},
    "en": {"no_kernel": "check() grades the cells a Jupyter/IPython kernel has run. In a terminal, use grade {id}.",
           "lost": "The grading process stopped ({why}). Run the check again to start a new one."},
}


def _shell() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _grading_process() -> subprocess.Popen:
    global _process, _log
    if _process is None or _process.poll() is not None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MPL"))}
        _log = tempfile.TemporaryFile()
        _process = subprocess.Popen([sys.executable, "-I", "-c", BOOT, str(PROJECT_ROOT)], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=_log, env=env, cwd=os.getcwd())
    return _process


def _stop() -> str:
    """End the grading process; returns the end of what it wrote to stderr."""
    global _process
    if _process is None:
        return ""
    _process.kill()
    _process.wait()
    _process = None
    _log.seek(max(0, _log.seek(0, os.SEEK_END) - 600))
    return _log.read().decode("utf-8", errors="replace").strip()


def _ask(request: dict[str, Any]) -> dict[str, Any] | str:
    """The grading process's reply to one request, or why there is none."""
    process = _grading_process()
    try:
        process.stdin.write((json.dumps(request) + "\n").encode())
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], REPLY_WAIT)
        line = process.stdout.readline() if ready else b""
    except BaseException as error:  # KeyboardInterrupt (the learner pressed stop) included: start afresh next time
        _stop()
        if isinstance(error, Exception):
            return f"{type(error).__name__}: {error}"
        raise
    if not line:
        return "no reply" + (f": {log}" if (log := _stop()) else "")
    return json.loads(line)


def check(problem_id: str, lang: str = "ko") -> None:
    """Grade problem `problem_id` (e.g. "p028") from the cells this kernel has run; `lang` is "ko" or "en"."""
    if os.environ.get("DLSCRATCH_WORKER"):
        return  # this cell is itself being graded (by `grade` or another check): the grader decides, not this call
    lang = lang if lang in SAY else "ko"
    shell = _shell()
    if shell is None:
        print(SAY[lang]["no_kernel"].format(id=problem_id))
        return
    reply = _ask({"problem": str(problem_id), "history": list(shell.history_manager.input_hist_raw),
                  "cwd": os.getcwd(), "lang": lang, "time_limit": TIME_LIMIT})
    if isinstance(reply, str):
        print(SAY[lang]["lost"].format(why=reply))
    elif type(shell).__name__ == "TerminalInteractiveShell":
        print(reply["ansi"])
    else:
        from IPython.display import display

        display({"text/plain": reply["text"], "text/html": reply["html"]}, raw=True)
