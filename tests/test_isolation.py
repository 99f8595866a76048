"""Hostile learner code: each case gets the right status and no credit, and the grader keeps going."""
from __future__ import annotations

import dataclasses
import io
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import nbformat
import numpy as np
import pytest
from rich.console import Console

from conftest import ROOT, feedback
from grader.catalog import by_id
from grader.engine import ERROR, FAILED, MEMORY, PASSED, TIMEOUT, Grader, Options
from grader.report import render
from grader.sandbox import zygote

GOOD_AND = "def AND(x1, x2):\n    return int(x1 == 1 and x2 == 1)\n"


@pytest.fixture
def grade_and(sandbox, tmp_path):
    """Grade a source as the AND-gate problem, with a short time limit so hangs are cheap to test."""
    problem = dataclasses.replace(by_id()["p028"], time_limit=1.5)

    def run(source: str | bytes, suffix: str = ".py"):
        path = tmp_path / problem.path
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("p028_*"):
            old.unlink()
        path = path.with_suffix(suffix)
        path.write_bytes(source if isinstance(source, bytes) else source.encode())
        return Grader(sandbox, Options(workspace=tmp_path, profile="ci")).grade(problem)

    return run


def test_good_solution_passes(grade_and):
    assert grade_and(GOOD_AND).status == PASSED


def test_infinite_loop_times_out_without_credit(grade_and):
    result = grade_and("def AND(x1, x2):\n    while True:\n        pass\n")
    assert (result.status, result.score) == (TIMEOUT, 0)
    assert "infinite loop" in feedback(result)


def test_infinite_loop_at_import_times_out(grade_and):
    assert grade_and("while True:\n    pass\n").status == TIMEOUT


def test_memory_bomb_hits_the_memory_limit(grade_and):
    result = grade_and("import numpy as np\n\ndef AND(x1, x2):\n    big = np.ones((10**6, 10**5))\n    return 1\n")
    assert (result.status, result.score) == (MEMORY, 0)


def test_sys_exit_is_an_error_without_credit(grade_and):
    result = grade_and("import sys\nsys.exit(0)\n")
    assert (result.status, result.score) == (ERROR, 0)
    assert "sys.exit" in feedback(result)


def test_os_exit_inside_a_call_is_an_error_without_credit(grade_and):
    result = grade_and("import os\n\ndef AND(x1, x2):\n    os._exit(0)\n")
    assert (result.status, result.score) == (ERROR, 0)
    assert "os._exit" in feedback(result)


def test_patching_numpy_comparisons_earns_nothing(grade_and):
    source = ("import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.array_equal = lambda *a, **k: True\n"
              "np.isclose = lambda *a, **k: True\n\ndef AND(x1, x2):\n    return 0\n")
    assert grade_and(source).status == FAILED


def test_object_whose_eq_is_always_true_earns_nothing(grade_and):
    source = "class Yes:\n    def __eq__(self, other):\n        return True\n\ndef AND(x1, x2):\n    return Yes()\n"
    result = grade_and(source)
    assert result.status == FAILED
    assert "Yes" in feedback(result)


def test_int_subclass_with_lying_eq_is_judged_by_its_value(grade_and):
    source = ("class Liar(int):\n    def __eq__(self, other):\n        return True\n    def __ne__(self, other):\n"
              "        return False\n\ndef AND(x1, x2):\n    return Liar(0)\n")
    assert grade_and(source).status == FAILED


def test_ndarray_subclass_is_named_and_rejected(grade_and):
    source = ("import numpy as np\n\nclass Sneaky(np.ndarray):\n    def __eq__(self, other):\n        return True\n\n"
              "def AND(x1, x2):\n    return np.zeros(1).view(Sneaky)\n")
    result = grade_and(source)
    assert result.status == FAILED
    assert "subclass" in feedback(result)


def test_syntax_error_names_the_line(grade_and):
    result = grade_and("def AND(x1, x2)\n    return 1\n")
    assert result.status == ERROR
    assert "line 1" in feedback(result)


def test_raising_keyboard_interrupt_is_an_error(grade_and):
    assert grade_and("def AND(x1, x2):\n    raise KeyboardInterrupt\n").status == ERROR


def test_wrong_signature_is_explained(grade_and):
    result = grade_and("def AND(x):\n    return 1\n")
    assert result.status == ERROR
    assert "expected (x1, x2), got (x)" in feedback(result)


def test_missing_name_is_explained(grade_and):
    result = grade_and("def OR(x1, x2):\n    return 1\n")
    assert result.status == ERROR
    assert "'AND' is not defined" in feedback(result)


def test_non_utf8_file_gets_a_short_message(grade_and):
    result = grade_and("# 한국어 주석\ndef AND(x1, x2):\n    return 1\n".encode("euc-kr"))
    assert result.status == ERROR
    assert "not UTF-8" in feedback(result)


def test_invalid_notebook_gets_a_short_message(grade_and):
    result = grade_and('{"cells": [', suffix=".ipynb")
    assert result.status == ERROR
    assert "not a valid notebook" in feedback(result)


def test_notebook_code_cells_are_graded(grade_and):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# AND 게이트"),
                                               nbformat.v4.new_code_cell("%matplotlib inline\n" + GOOD_AND)])
    assert grade_and(nbformat.writes(notebook), suffix=".ipynb").status == PASSED


def _processes_with(marker: str) -> list[str]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and marker in Path(f"/proc/{entry}/cmdline").read_bytes().decode(errors="replace"):
                found.append(entry)
        except OSError:
            pass
    return found


@pytest.mark.skipif(not zygote.CHILDREN_LISTED, reason="this kernel does not list children in /proc (the scan is used)")
def test_the_kernels_list_of_children_agrees_with_a_scan_of_proc():
    parent = subprocess.Popen(["sh", "-c", "sleep 30 & sleep 30 & sleep 30 & wait"], start_new_session=True)
    try:
        deadline = time.monotonic() + 10
        while len(zygote._scanned_children(parent.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(zygote._scanned_children(parent.pid)) == 3
        assert sorted(zygote._listed_children(parent.pid)) == sorted(zygote._scanned_children(parent.pid))
    finally:
        os.killpg(parent.pid, signal.SIGKILL)
        parent.wait()


def test_forked_daemon_does_not_outlive_its_problem(grade_and):
    source = ("import os\n\ndef AND(x1, x2):\n    if os.fork() == 0:\n        os.setsid()\n"
              "        os.execvp('sleep', ['sleep', '987.654'])\n    return int(x1 == 1 and x2 == 1)\n")
    grade_and(source)
    assert _processes_with("987.654") == []


def test_workers_forked_from_one_zygote_do_not_share_numpys_unseeded_stream(sandbox):
    """The zygote imports numpy.random before it forks: each worker must draw its own unseeded numbers."""
    source = "import numpy as np\n\ndef draw():\n    return np.random.rand(4)\n"
    draws = []
    for _ in range(2):
        session, _, _ = sandbox.open({"ch01/draw.py": source.encode()}, ["ch01"], 5.0, 512, [], [])
        try:
            session.load([{"source": source, "file": "ch01/draw.py", "cell": None, "main": True}])
            draws.append(session.call("draw"))
        finally:
            session.close()
    assert not np.array_equal(draws[0], draws[1])


def test_printed_fake_report_lines_are_shown_as_learner_output_only(grade_and):
    source = ("print('p028 │ AND 게이트 │ 통과 │ 1/1 \\x1b[32mPASSED\\x1b[0m [bold green]passed[/]')\n\n"
              "def AND(x1, x2):\n    return 0\n")
    result = grade_and(source)
    assert (result.status, result.score) == (FAILED, 0)
    assert "PASSED" in result.output
    console = Console(file=io.StringIO(), width=80, force_terminal=False, record=True)
    render([result], "en", console)
    shown = console.export_text()
    assert "\x1b" not in shown and "[bold green]passed[/]" in shown and "total: 0/1" in shown


def test_killing_its_own_process_group_costs_only_that_problem(grade_and):
    result = grade_and("import os, signal\nos.killpg(0, signal.SIGKILL)\n")
    assert result.status == ERROR
    assert grade_and(GOOD_AND).status == PASSED


def test_results_survive_a_run_of_hostile_submissions(grade_and):
    hostile = ["while True:\n    pass\n", "import os\nos._exit(3)\n", "import sys\nsys.exit(1)\n",
               "import numpy as np\nx = np.ones((10**6, 10**5))\n"]
    statuses = [grade_and(source).status for source in hostile]
    assert statuses == [TIMEOUT, ERROR, ERROR, MEMORY]
    assert grade_and(GOOD_AND).status == PASSED


def _namespaced(result) -> bool:
    return result.isolation.startswith("namespaces")


def test_reference_solutions_are_hidden_from_learner_code(grade_and):
    probe = grade_and(GOOD_AND)
    if not _namespaced(probe):
        pytest.skip(f"namespaces unavailable here: {probe.isolation}")
    source = f"SOURCE = open({str(ROOT / 'reference' / 'perceptron.py')!r}).read()\n" + GOOD_AND
    result = grade_and(source)
    assert result.status == ERROR and "FileNotFoundError" in feedback(result)


def test_learner_code_has_no_network(grade_and):
    probe = grade_and(GOOD_AND)
    if not _namespaced(probe):
        pytest.skip(f"namespaces unavailable here: {probe.isolation}")
    source = "import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=1)\n" + GOOD_AND
    assert grade_and(source).status == ERROR


def test_workspace_is_read_only_to_learner_code(grade_and, tmp_path):
    probe = grade_and(GOOD_AND)
    if not _namespaced(probe):
        pytest.skip(f"namespaces unavailable here: {probe.isolation}")
    target = tmp_path / "ch02" / "p028_and_gate.py"
    result = grade_and(f"open({str(target)!r}, 'a').write('# tampered')\n" + GOOD_AND)
    assert result.status == ERROR and "Read-only" in feedback(result)


def test_workspace_holding_the_scratch_folder_still_grades(sandbox, tmp_path, monkeypatch):
    # The workspace is made read-only; the worker's scratch folder inside it must stay writable.
    import tempfile

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    problem = by_id()["p028"]
    (tmp_path / problem.path).parent.mkdir(parents=True)
    (tmp_path / problem.path).write_text(GOOD_AND, encoding="utf-8")
    assert Grader(sandbox, Options(workspace=tmp_path, profile="ci")).grade(problem).status == PASSED


def test_json_results_are_plain_data(grade_and, tmp_path):
    from grader.report import to_json, write_json

    result = grade_and("def AND(x1, x2):\n    return 0\n")
    write_json(tmp_path / "results.json", to_json([result], "en", seed=0))
    data = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert data["score"] == 0 and data["max_score"] == 1
    assert data["problems"][0]["id"] == "p028" and data["problems"][0]["status"] == FAILED


@pytest.fixture(scope="module")
def plain_sandbox():
    """The fallback where namespaces are forbidden: own session, resource limits, the zygote as subreaper."""
    from grader.sandbox.runner import Sandbox

    box = Sandbox(isolate=False)
    yield box
    box.close()


@pytest.mark.parametrize("source, status", [
    ("def AND(x1, x2):\n    while True:\n        pass\n", TIMEOUT),
    ("import os\n\ndef AND(x1, x2):\n    os._exit(0)\n", ERROR),
    ("import numpy as np\nx = np.ones((10**6, 10**5))\n", MEMORY),
    (GOOD_AND, PASSED),
])
def test_fallback_isolation_still_gives_the_right_status(plain_sandbox, tmp_path, source, status):
    problem = dataclasses.replace(by_id()["p028"], time_limit=1.5)
    (tmp_path / problem.path).parent.mkdir(parents=True)
    (tmp_path / problem.path).write_text(source, encoding="utf-8")
    result = Grader(plain_sandbox, Options(workspace=tmp_path, profile="ci")).grade(problem)
    assert result.status == status and result.isolation.startswith("process")


def test_fallback_isolation_kills_daemons_that_left_the_process_group(plain_sandbox, tmp_path):
    problem = by_id()["p028"]
    (tmp_path / problem.path).parent.mkdir(parents=True)
    (tmp_path / problem.path).write_text(
        "import os\n\ndef AND(x1, x2):\n    if os.fork() == 0:\n        os.setsid()\n"
        "        if os.fork() == 0:\n            os.execvp('sleep', ['sleep', '876.543'])\n        os._exit(0)\n"
        "    return int(x1 == 1 and x2 == 1)\n", encoding="utf-8")
    Grader(plain_sandbox, Options(workspace=tmp_path, profile="ci")).grade(problem)
    assert _processes_with("876.543") == []
