"""check() inside a real Jupyter kernel (nbclient + ipykernel): a generated chapter notebook, executed once.

In it p028 first has a known mistake and is then fixed, p031 is solved, p029's code loops forever and p030's calls
sys.exit: each check cell must say what `grade` would, and the kernel must keep running after every one of them.
A terminal IPython gets the same result as text.
"""
from __future__ import annotations

import re
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT
from grader import ipynb
from grader.catalog import all_problems
from grader.workspace import init_workspace

AND = "def AND(x1, x2):\n    return int(0.5 * x1 + 0.5 * x2 > 0.7)\n"
NAND = "def NAND(x1, x2):\n    return int(not (x1 and x2))\n\n\ndef nand_rows(rows):\n    return [(a, b, NAND(a, b)) for a, b in rows]\n"
LOOPS = "def AND(x1, x2):\n    while True:\n        pass\n\n\ndef and_rows(rows):\n    return [(a, b, AND(a, b)) for a, b in rows]\n"
EXITS = "import sys\n\n\ndef OR(x1, x2):\n    sys.exit(3)\n\n\ndef or_rows(rows):\n    return [(a, b, OR(a, b)) for a, b in rows]\n"
SOLUTIONS = {"p028": (ROOT / "tests/wrong/ch02/p028_and_gate/built_like_nand.py").read_text(encoding="utf-8"),
             "p029": LOOPS, "p030": EXITS, "p031": NAND}


def _code(source: str, tag: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["test"] = tag
    return cell


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The ch02 notebook as a learner would run it, top to bottom, in one kernel; returns the executed notebook."""
    workspace = tmp_path_factory.mktemp("workspace")
    init_workspace(workspace, [p for p in all_problems() if p.chapter == "ch02"], "notebooks")
    notebook = nbformat.read(workspace / "ch02.ipynb", as_version=4)
    cells = []
    for cell in notebook.cells:
        problem_id, role = ipynb.role(cell)
        if role == "solution" and problem_id in SOLUTIONS:
            cell.source = SOLUTIONS[problem_id]
        if (problem_id, role) == ("p029", "check"):  # a short limit keeps the endless loop's check short
            cells.append(_code("import grader.notebook\ngrader.notebook.TIME_LIMIT = 1.0", "limit"))
        cells.append(cell)
        if (problem_id, role) == ("p029", "check"):
            cells.append(_code("grader.notebook.TIME_LIMIT = None", "limit"))
    cells += [_code("print('kernel alive')", "alive"), _code(AND, "fix"),
              _code('check("p028", lang="en")', "again")]
    notebook.cells = cells
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(workspace)}}).execute()
    return notebook


def _shown(notebook, problem_id: str | None, role: str | None = "check", test: str | None = None) -> tuple[str, str]:
    """(text/plain, text/html) that a cell displayed."""
    cell = next(c for c in notebook.cells if (ipynb.role(c) == (problem_id, role) if test is None else c.metadata.get("test") == test))
    shown = [o for o in cell.outputs if o.output_type == "display_data"]
    assert len(shown) == 1, cell.outputs
    return shown[0].data["text/plain"], shown[0].data["text/html"]


def _unwrapped(shown: str) -> str:
    """The report's text with its panel borders and line wrapping taken out (rich wraps at the display's width)."""
    return re.sub(r"\s+", " ", shown.replace("│", " "))


def test_a_solved_problem_says_passed_in_html_and_text_korean_intact(executed):
    plain, html = _shown(executed, "p031")
    assert "✓ p031 · NAND 게이트: 통과" in plain and "NAND 게이트: 통과" in html and html.startswith("<pre")


def test_a_known_mistake_says_failed_and_names_it(executed):
    plain, html = _shown(executed, "p028")
    assert "✗ p028 · AND 게이트: 실패" in plain
    hint = "'AND' 대신 'NAND' 처럼 동작합니다"
    assert hint in _unwrapped(plain) and hint in _unwrapped(re.sub(r"<[^>]+>", "", html).replace("&#x27;", "'"))


def test_untouched_problems_say_not_started(executed):
    assert "시작 전" in _shown(executed, "p021")[0]


def test_an_endless_loop_is_a_timeout_and_the_kernel_goes_on(executed):
    assert "시간 초과" in _shown(executed, "p029")[0]


def test_sys_exit_in_learner_code_is_an_error_and_the_kernel_goes_on(executed):
    plain, _ = _shown(executed, "p030")
    assert "오류" in plain and "sys.exit(3)" in plain


def test_after_all_that_the_kernel_runs_and_a_fixed_problem_passes(executed):
    alive = next(c for c in executed.cells if c.metadata.get("test") == "alive")
    assert [o.text for o in alive.outputs if o.output_type == "stream"] == ["kernel alive\n"]
    assert "✓ p028 · AND gate: passed" in _shown(executed, None, test="again")[0]


def test_a_terminal_ipython_prints_the_result_as_text(tmp_path):
    session = f"{AND}\nfrom grader.notebook import check; check('p028', lang='en')\n"
    done = subprocess.run([sys.executable, "-m", "IPython", "--simple-prompt", "--no-banner"], input=session, text=True,
                          capture_output=True, encoding="utf-8", cwd=tmp_path, timeout=300)
    assert "✓ p028 · AND gate: passed" in re.sub(r"\x1b\[[0-9;]*m", "", done.stdout), done.stdout + done.stderr
