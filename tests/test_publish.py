"""Publishing solutions: `grade publish` writes what was chosen as runnable learner files; a learner adds the set
and `grade solution` shows it; the report offers it once the learner's own code passes."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient

from conftest import ROOT
from grader.catalog import select
from grader.instructor.publish import PublishError, write


def grade(*args: str, cwd, store) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, timeout=300, env={**os.environ, "DLSCRATCH_SOLUTIONS_DIR": str(store)})


def test_publish_writes_only_the_chosen_problems_with_their_library(tmp_path):
    write(select(["p157", "p140"]), ROOT / "reference", tmp_path)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    library = ["ch05/convolution.py", "ch05/functions.py", "ch05/layers.py", "ch05/util.py"]  # layers needs util, ...
    assert written == sorted(library + ["ch05/p140_relu_layer.ipynb", "ch05/p140_relu_layer.py", "solutions.json",
                                        "ch05/p157_softmax_with_loss_use.ipynb", "ch05/p157_softmax_with_loss_use.py"])
    source = (tmp_path / "ch05/p157_softmax_with_loss_use.py").read_text(encoding="utf-8")
    assert source.startswith('"""p157 · SoftmaxWithLoss 계층 써 보기') and "[Problem]" in source
    assert "from layers import SoftmaxWithLoss" in source and "reference" not in source.split('"""')[2]
    manifest = json.loads((tmp_path / "solutions.json").read_text(encoding="utf-8"))
    assert sorted(manifest["problems"]) == ["p140", "p157"]
    assert manifest["problems"]["p157"]["library"] == library


def _expected_loss() -> float:
    from reference.ch05.p157_softmax_with_loss_use import softmax_with_loss

    return softmax_with_loss(np.full(10, 0.1), np.eye(10)[2])[0]


CALL = "print(repr(softmax_with_loss(np.full(10, 0.1), np.eye(10)[2])[0]))"


def test_published_file_runs_standalone_beside_its_library(tmp_path):
    write(select(["p157"]), ROOT / "reference", tmp_path)
    # sys.modules["reference"] = None: any import of the reference package fails, as in a learner install.
    code = f"import sys; sys.modules['reference'] = None; import numpy as np; from p157_softmax_with_loss_use import *; {CALL}"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path / "ch05", timeout=120)
    assert done.stdout.strip() == repr(_expected_loss()), done.stderr


def test_published_notebook_runs_in_a_real_kernel(tmp_path):
    write(select(["p157"]), ROOT / "reference", tmp_path)
    book = nbformat.read(tmp_path / "ch05/p157_softmax_with_loss_use.ipynb", as_version=4)
    assert [c.cell_type for c in book.cells] == ["markdown", "markdown", "code"]
    assert "SoftmaxWithLoss 계층 써 보기" in book.cells[0].source and book.cells[2].metadata["dlscratch"]["role"] == "solution"
    book.cells.append(nbformat.v4.new_code_cell(CALL))
    NotebookClient(book, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path / "ch05")}}).execute()
    assert book.cells[-1].outputs[0]["text"].strip() == repr(_expected_loss())


def test_a_solution_built_on_an_unchosen_one_is_refused(tmp_path):
    with pytest.raises(PublishError, match="p164 builds on the solution of p163"):
        write(select(["p164"]), ROOT / "reference", tmp_path)
    assert not any(tmp_path.iterdir())


def test_learner_adds_a_published_set_and_sees_solutions(tmp_path):
    store, published = tmp_path / "store", tmp_path / "published"
    assert grade("publish", "p157", "--to", str(published), cwd=tmp_path, store=store).returncode == 0
    assert grade("solution", "p157", cwd=tmp_path, store=store).returncode == 1  # not added yet
    added = grade("solution", "--add", str(published), "--lang", "en", cwd=tmp_path, store=store)
    assert added.returncode == 0 and "p157" in added.stdout
    shown = grade("solution", "p157", cwd=tmp_path, store=store)
    assert shown.returncode == 0 and "def softmax_with_loss" in shown.stdout and "layers.py" in shown.stdout
    for lang, words in (("ko", "아직 공개되지 않았습니다"), ("en", "not published yet")):
        missing = grade("solution", "p158", "--lang", lang, cwd=tmp_path, store=store)
        assert missing.returncode == 1 and words in " ".join(missing.stdout.split())
    assert grade("solution", "p999", cwd=tmp_path, store=store).returncode == 2


def test_report_offers_the_published_solution_of_a_passed_problem(tmp_path):
    store, published = tmp_path / "store", tmp_path / "published"
    grade("publish", "p157", "p156", "--to", str(published), cwd=tmp_path, store=store)
    grade("solution", "--add", str(published), cwd=tmp_path, store=store)
    workspace = tmp_path / "ws"
    assert grade("init", str(workspace), cwd=tmp_path, store=store).returncode == 0
    write(select(["p157"]), ROOT / "reference", workspace, notebooks=False)  # solved p157; p156 still a stub
    done = grade("p156", "p157", "--workspace", str(workspace), "--lang", "en", cwd=tmp_path, store=store)
    assert "grade solution p157" in done.stdout and "grade solution p156" not in done.stdout
