"""Notebook workspaces: the generated notebooks, grading them cell by cell, named errors, which file wins, convert."""
from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pytest
from rich.console import Console

from conftest import ROOT, feedback
from grader import ipynb
from grader.catalog import all_problems, by_id
from grader.commands.convert import convert
from grader.engine import ERROR, FAILED, NOT_STARTED, PASSED, Grader, Options
from grader.report import render
from grader.workspace import init_workspace

CH02 = [p for p in all_problems() if p.chapter == "ch02"]
AND = "def AND(x1, x2):\n    return int(0.5 * x1 + 0.5 * x2 > 0.7)\n"
NAND = "def NAND(x1, x2):\n    return int(not (x1 and x2))\n\n\ndef nand_rows(rows):\n    return [(a, b, NAND(a, b)) for a, b in rows]\n"
AND_LIKE_NAND = (ROOT / "tests" / "wrong" / "ch02" / "p028_and_gate" / "built_like_nand.py").read_text(encoding="utf-8")


def _chapter(tmp_path, code: dict[str, str]) -> nbformat.NotebookNode:
    """A ch02 notebook workspace in tmp_path with `code` in the problems' solution cells; returns the notebook."""
    init_workspace(tmp_path, CH02, "notebooks")
    notebook = nbformat.read(tmp_path / "ch02.ipynb", as_version=4)
    for cell in notebook.cells:
        problem_id, role = ipynb.role(cell)
        if role == "solution" and problem_id in code:
            cell.source = code[problem_id]
    return notebook


def _cell_index(notebook, problem_id: str, role: str) -> int:
    return next(i for i, c in enumerate(notebook.cells) if ipynb.role(c) == (problem_id, role))


def _grade(sandbox, workspace, notebook=None, problem_id="p028"):
    if notebook is not None:
        nbformat.write(notebook, workspace / "ch02.ipynb")
    return Grader(sandbox, Options(workspace=workspace, profile="ci", seed=0)).grade(by_id()[problem_id])


def test_generated_notebooks_follow_the_schema_and_hold_each_problem_once(tmp_path):
    init_workspace(tmp_path / "chapters", list(all_problems()), "notebooks")
    init_workspace(tmp_path / "problems", CH02, "per-problem")
    notebooks = sorted((tmp_path / "chapters").glob("ch*.ipynb")) + sorted((tmp_path / "problems").glob("ch02/*.ipynb"))
    assert len(notebooks) == 7 + len(CH02)
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        roles = [ipynb.role(c) for c in notebook.cells]
        for problem in (p for p in all_problems() if (p.id, "solution") in roles):
            assert [roles.count((problem.id, r)) for r in ("statement", "solution", "check")] == [1, 1, 1]
            assert notebook.cells[roles.index((problem.id, "solution"))].source == problem.stub.strip()
            assert notebook.cells[roles.index((problem.id, "check"))].source == f'from grader.notebook import check; check("{problem.id}")'
            statement = notebook.cells[roles.index((problem.id, "statement"))].source
            assert problem.id in statement and "**문제**" in statement and "**Problem**" in statement
    assert json.loads((tmp_path / "chapters" / ".dlscratch" / "workspace.json").read_text())["layout"] == "notebooks"


def test_chapter_notebook_is_graded_from_its_tagged_cells(sandbox, tmp_path):
    notebook = _chapter(tmp_path, {"p028": AND_LIKE_NAND, "p031": NAND})
    nbformat.write(notebook, tmp_path / "ch02.ipynb")
    grader = Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=0))
    wrong, passed, untouched = (grader.grade(by_id()[i]) for i in ("p028", "p031", "p021"))
    assert passed.status == PASSED and passed.source == "ch02.ipynb", feedback(passed)
    assert wrong.status == FAILED and "It behaves like NAND, not AND" in feedback(wrong)
    assert untouched.status == NOT_STARTED
    console = Console(record=True, width=100, file=open("/dev/null", "w"))
    render([untouched, wrong, passed], "en", console)
    assert "graded: ch02.ipynb" in console.export_text()


def test_a_solution_in_a_new_cell_below_the_untouched_stub_is_graded(sandbox, tmp_path):
    notebook = _chapter(tmp_path, {})
    notebook.cells.insert(_cell_index(notebook, "p028", "solution") + 1, nbformat.v4.new_code_cell(AND))
    assert _grade(sandbox, tmp_path, notebook).status == PASSED


def test_without_cell_metadata_the_cell_above_the_check_cell_is_the_solution(sandbox, tmp_path):
    notebook = _chapter(tmp_path, {"p028": AND})
    for cell in notebook.cells:
        cell.metadata.pop("dlscratch", None)  # as an editor that drops unknown metadata saves it
    assert _grade(sandbox, tmp_path, notebook).status == PASSED


def test_magics_are_left_out_with_a_note_and_jupyter_names_work(sandbox, tmp_path):
    code = ("%matplotlib inline\n!pip install numpy\nfiles = !ls\n"
            "def AND(x1, x2):\n    display(x1)\n    get_ipython().run_line_magic('time', 'x1')\n"
            "    return int(0.5 * x1 + 0.5 * x2 > 0.7)\n")
    notebook = _chapter(tmp_path, {"p028": code})
    result = _grade(sandbox, tmp_path, notebook)
    assert result.status == PASSED, feedback(result)
    cell = _cell_index(notebook, "p028", "solution") + 1
    assert f"ch02.ipynb, cell {cell}, line 1 (%matplotlib inline)" in feedback(result)
    assert "line 2 (!pip install numpy)" in feedback(result)


def test_an_error_names_the_cell_and_the_line_inside_it(sandbox, tmp_path):
    notebook = _chapter(tmp_path, {"p028": "def AND(x1, x2):\n    return x1 + y\n", "p027": "def broken(:\n"})
    cell = _cell_index(notebook, "p028", "solution") + 1
    result = _grade(sandbox, tmp_path, notebook)
    assert result.status == ERROR
    assert f"NameError: name 'y' is not defined (ch02.ipynb, cell {cell}, line 2: return x1 + y)" in feedback(result)
    # the broken cell above ran before p028's cells and is named too; it did not stop them
    assert f"Syntax error in ch02.ipynb, cell {_cell_index(notebook, 'p027', 'solution') + 1}, line 1" in feedback(result)
    syntax = _grade(sandbox, tmp_path, problem_id="p027")
    assert syntax.status == ERROR and "line 1" in feedback(syntax) and "cell" in feedback(syntax)


def _break(text_of_notebook: str, how: str) -> str:
    data = json.loads(text_of_notebook)
    if how == "truncated":
        return text_of_notebook[: len(text_of_notebook) // 2]
    if how == "outputs missing":
        del data["cells"][5]["outputs"]
    elif how == "unknown cell type":
        data["cells"][5]["cell_type"] = "kode"
    elif how == "old version":
        data["nbformat"] = 3
    return json.dumps(data)


@pytest.mark.parametrize("how, words", [
    ("truncated", ["not valid JSON (line", "column", "cut short"]),
    ("outputs missing", ["cell 6", "'outputs' is a required property"]),
    ("unknown cell type", ["cell 6 (cell_type)", "'kode' is not one of code, markdown, raw"]),
    ("old version", ["notebook format version 3"]),
])
def test_an_invalid_notebook_is_named_with_what_is_wrong(sandbox, tmp_path, how, words):
    init_workspace(tmp_path, CH02, "notebooks")
    path = tmp_path / "ch02.ipynb"
    path.write_text(_break(path.read_text(encoding="utf-8"), how), encoding="utf-8")
    result = _grade(sandbox, tmp_path)
    assert result.status == ERROR
    message = feedback(result)
    assert "ch02.ipynb is not a valid notebook" in message and all(w in message for w in words), message
    assert "Unsupported nbformat version" not in message


def test_a_notebook_with_work_wins_over_the_untouched_py_stub(sandbox, tmp_path):
    init_workspace(tmp_path, CH02)  # the .py stubs, untouched
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# AND"), nbformat.v4.new_code_cell(AND)])
    nbformat.write(notebook, tmp_path / "ch02" / "p028_and_gate.ipynb")
    result = Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=0)).grade(by_id()["p028"])
    assert result.status == PASSED and result.source == "ch02/p028_and_gate.ipynb"
    console = Console(record=True, width=100, file=open("/dev/null", "w"))
    render([result], "en", console)
    assert "graded: ch02/p028_and_gate.ipynb" in console.export_text()


def test_when_both_hold_work_the_workspace_layout_decides_and_the_report_says_so(sandbox, tmp_path):
    init_workspace(tmp_path, CH02)
    (tmp_path / "ch02" / "p028_and_gate.py").write_text("def AND(x1, x2):\n    return 0\n", encoding="utf-8")
    nbformat.write(_chapter(tmp_path, {"p028": AND}), tmp_path / "ch02.ipynb")
    result = Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=0)).grade(by_id()["p028"])
    assert result.status == FAILED and result.source == "ch02/p028_and_gate.py"
    assert "Both ch02/p028_and_gate.py and ch02.ipynb hold code for p028; graded ch02/p028_and_gate.py" in feedback(result)


def test_grade_in_a_notebook_workspace_grades_the_chapter_notebook(tmp_path):
    run = lambda *args: subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True,  # noqa: E731
                                       encoding="utf-8", timeout=300)
    assert run("init", str(tmp_path), "--notebooks").returncode == 0
    notebook = nbformat.read(tmp_path / "ch02.ipynb", as_version=4)
    notebook.cells[_cell_index(notebook, "p028", "solution")].source = AND
    nbformat.write(notebook, tmp_path / "ch02.ipynb")
    done = run("ch02", "--workspace", str(tmp_path), "--lang", "en", "--jobs", "1", "--json", str(tmp_path / "r.json"))
    statuses = {p["id"]: p["status"] for p in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"]}
    assert statuses["p028"] == PASSED and statuses["p031"] == NOT_STARTED, done.stdout
    assert "graded: ch02.ipynb" in done.stdout


def _code_of(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.py")) if ".dlscratch" not in p.parts}


def test_convert_round_trips_the_learners_code(tmp_path):
    init_workspace(tmp_path, CH02)
    stub = tmp_path / "ch02" / "p028_and_gate.py"
    stub.write_text(stub.read_text(encoding="utf-8").replace("    raise NotImplementedError\n", "    return int(x1 and x2)\n\n\nprint(AND(1, 1))\n"),
                    encoding="utf-8")
    nand = by_id()["p031"]
    (tmp_path / nand.path).write_text(nand.render_stub().replace(nand.stub.strip(), NAND.strip()), encoding="utf-8")
    (tmp_path / "ch02" / "p029_and_gate_loop.py").write_text(AND_LIKE_NAND, encoding="utf-8")  # its own docstring
    before = _code_of(tmp_path)
    convert(tmp_path, CH02, "notebooks")
    assert not _code_of(tmp_path)
    notebook = nbformat.read(tmp_path / "ch02.ipynb", as_version=4)
    assert "print(AND(1, 1))" in notebook.cells[_cell_index(notebook, "p028", "solution")].source
    notebook.cells.insert(_cell_index(notebook, "p028", "check"), nbformat.v4.new_code_cell("AND(0, 1)"))  # learner adds a cell
    nbformat.write(notebook, tmp_path / "ch02.ipynb")
    convert(tmp_path, CH02, "per-problem")
    convert(tmp_path, CH02, "notebooks")
    again = nbformat.read(tmp_path / "ch02.ipynb", as_version=4)
    assert again.cells[_cell_index(again, "p028", "check") - 1].source == "AND(0, 1)"
    del again.cells[_cell_index(again, "p028", "check") - 1]
    nbformat.write(again, tmp_path / "ch02.ipynb")
    convert(tmp_path, CH02, "py")
    assert _code_of(tmp_path) == before
    assert len(list((tmp_path / ".dlscratch" / "backup").iterdir())) == 4  # every conversion kept the files it replaced


def test_a_per_problem_workspace_grades_each_problems_notebook(sandbox, tmp_path):
    init_workspace(tmp_path, CH02, "per-problem")
    path = tmp_path / "ch02" / "p028_and_gate.ipynb"
    notebook = nbformat.read(path, as_version=4)
    notebook.cells[_cell_index(notebook, "p028", "solution")].source = "%%time\n" + AND
    nbformat.write(notebook, path)
    result = Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=0)).grade(by_id()["p028"])
    assert result.status == PASSED and result.source == "ch02/p028_and_gate.ipynb", feedback(result)
    assert "(%%time)" in feedback(result)
    assert Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=0)).grade(by_id()["p031"]).status == NOT_STARTED


def test_a_cell_above_that_never_ends_is_stopped_and_the_problem_still_graded(sandbox, tmp_path):
    notebook = _chapter(tmp_path, {"p028": AND})
    notebook.cells.insert(1, nbformat.v4.new_code_cell("x = 0\nwhile True:\n    x += 1\n"))  # interrupted in Jupyter, long ago
    assert _grade(sandbox, tmp_path, notebook).status == PASSED
    notebook.cells[_cell_index(notebook, "p028", "solution")].source = "def AND(x1, x2):\n    return 0\n"
    result = _grade(sandbox, tmp_path, notebook)
    assert result.status == FAILED
    assert "The cell ran too long and was stopped, as if interrupted in Jupyter (ch02.ipynb, cell 2, line" in feedback(result)


def test_convert_refuses_an_unreadable_notebook_and_changes_nothing(tmp_path):
    from grader.commands.convert import main

    init_workspace(tmp_path, CH02, "notebooks")
    (tmp_path / "ch02.ipynb").write_text('{"cells": [', encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(SystemExit) as stopped:
        main(["py", "--workspace", str(tmp_path)])
    assert stopped.value.code == 2 and sorted(p.name for p in tmp_path.rglob("*")) == before
