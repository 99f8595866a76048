"""Small things a new learner trips on: where `grade` is run, hints, how sources are read, messages."""
from __future__ import annotations

import ast
import codecs
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import feedback
from grader import ipynb
from grader.cache import hypothesis_home
from grader.catalog import all_problems, by_id
from grader.engine import ERROR, NOT_STARTED, PASSED, Grader, Options

ROOT = Path(__file__).resolve().parents[1]


def grade(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=300, env=env)


SOFTMAX = """import numpy as np


def softmax(a):
    shifted = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return shifted / np.sum(shifted, axis=-1, keepdims=True)
"""


def workspace_with(tmp_path: Path, solutions: dict[str, str]) -> Path:
    """A workspace from `grade init` in which each given problem holds the given source."""
    workspace = tmp_path / "ws"
    assert grade("init", str(workspace), cwd=tmp_path).returncode == 0
    for problem_id, source in solutions.items():
        (workspace / by_id()[problem_id].path).write_text(source, encoding="utf-8")
    return workspace


# -- 1. the workspace is found upward, as git finds .git ---------------------------------------------
def test_grade_in_a_chapter_folder_grades_the_workspace_above(tmp_path):
    workspace = workspace_with(tmp_path, {"p060": SOFTMAX})
    done = grade("p060", "--lang", "en", cwd=workspace / "ch03")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Grading the workspace at {workspace.resolve()}" in done.stdout.replace("\n", "")
    assert "passed" in done.stdout
    at_top = grade("p060", "--lang", "en", cwd=workspace)
    assert at_top.returncode == 0 and "Grading the workspace at" not in at_top.stdout


def test_grade_outside_any_workspace_says_so_and_how_to_make_one(tmp_path):
    (tmp_path / "ch03").mkdir()  # an empty chapter folder is not a workspace either
    for lang, words in (("en", "is not a dlscratch workspace"), ("ko", "작업 공간이 아니고")):
        done = grade("p060", "--lang", lang, cwd=tmp_path / "ch03")
        assert done.returncode == 2, done.stdout + done.stderr
        assert words in done.stderr and "grade init DIR" in done.stderr and "--workspace" in done.stderr
        assert "Traceback" not in done.stderr


def test_an_explicit_workspace_is_graded_wherever_grade_runs(tmp_path):
    workspace = workspace_with(tmp_path, {"p060": SOFTMAX})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = grade("p060", "--workspace", str(workspace), "--lang", "en", cwd=elsewhere)
    assert done.returncode == 0 and "passed" in done.stdout, done.stdout + done.stderr
    assert "Grading the workspace at" not in done.stdout


# -- 2. hints come in tiers: a nudge first, the answer (if any) last -------------------------------
# A code statement: an assignment (x = ..., x -= ...) or a return. Keyword arguments (axis=1) and comparisons are not.
STATEMENT = re.compile(r"(?<![=!<>])\s(?:[-+*/]|\*\*)?=\s(?!=)|\breturn\b")


def test_statement_counting_sees_code_and_not_prose():
    assert len(STATEMENT.findall("dx = np.dot(dout, self.W.T); self.dW = np.dot(self.x.T, dout)")) == 2
    assert len(STATEMENT.findall("params[key] -= lr * grads[key]; return out")) == 2
    assert STATEMENT.findall("np.sum(a, axis=-1, keepdims=True); x == y; use >, not >=") == []


@pytest.mark.parametrize("problem", [p for p in all_problems() if len(p.hints) > 1], ids=lambda p: p.id)
def test_the_first_hint_holds_no_more_code_than_any_later_one(problem):
    # counted in English: both languages hold the same code, and Korean prose writes "(2, 3) × (3, 2) = (2, 2)"
    statements = [len(STATEMENT.findall(hint.en)) for hint in problem.hints]
    assert statements[0] <= min(statements[1:]), f"{problem.id}: code statements per hint {statements}"


def test_grade_hint_shows_one_tier_and_says_how_to_see_more(tmp_path):
    problem = by_id()["p151"]
    first, answer = problem.hints[0].en, problem.hints[-1].en
    one = grade("hint", "p151", "--lang", "en", cwd=tmp_path)
    flat = " ".join(one.stdout.split())
    assert one.returncode == 0 and " ".join(first.split()) in flat and "np.dot" not in flat
    assert "1 more hint: grade hint p151 2 (all of them: --all)" in flat
    for args in (("2",), ("--all",), ("9",)):
        flat = " ".join(grade("hint", "p151", *args, "--lang", "en", cwd=tmp_path).stdout.split())
        assert " ".join(answer.split()) in flat and "more hint" not in flat
    assert "더 있습니다: grade hint p151 2" in grade("hint", "p151", cwd=tmp_path).stdout
    assert grade("hint", "p151", "0", cwd=tmp_path).returncode == 2


# -- 3. sources read as Python reads them -----------------------------------------------------------
KOREAN_SOFTMAX = '"""소프트맥스 (메모장에서 저장)"""\nimport numpy as np\n\n\ndef softmax(a):\n' \
                 '\tshifted = np.exp(a - np.max(a, axis=-1, keepdims=True))\n' \
                 '\treturn shifted / np.sum(shifted, axis=-1, keepdims=True)\n'


def grade_bytes(sandbox, tmp_path: Path, problem_id: str, raw: bytes, relative: str | None = None):
    problem = by_id()[problem_id]
    path = tmp_path / (relative or problem.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=0)).grade(problem)


def test_a_notepad_file_with_bom_crlf_and_tabs_is_graded(sandbox, tmp_path):
    raw = codecs.BOM_UTF8 + KOREAN_SOFTMAX.replace("\n", "\r\n").encode("utf-8")
    result = grade_bytes(sandbox, tmp_path, "p060", raw)
    assert result.status == PASSED, feedback(result)


def test_line_numbers_of_a_crlf_file_with_bom_are_the_editors(sandbox, tmp_path):
    raw = codecs.BOM_UTF8 + "import numpy as np\r\n\r\ndef softmax(a):\r\n    return (a\r\n".encode("utf-8")
    result = grade_bytes(sandbox, tmp_path, "p060", raw)
    assert result.status == ERROR
    assert result.messages[-1].en.startswith("Syntax error on line 4:"), result.messages[-1].en
    assert "U+FEFF" not in feedback(result)


def test_a_stub_saved_with_bom_and_crlf_is_still_not_started(sandbox, tmp_path):
    stub = by_id()["p060"].render_stub()
    result = grade_bytes(sandbox, tmp_path, "p060", codecs.BOM_UTF8 + stub.replace("\n", "\r\n").encode("utf-8"))
    assert result.status == NOT_STARTED


def test_a_cp949_file_is_named_and_told_how_to_save_as_utf8(sandbox, tmp_path):
    result = grade_bytes(sandbox, tmp_path, "p060", KOREAN_SOFTMAX.encode("cp949"))
    assert result.status == ERROR
    message = result.messages[-1]
    assert "cp949" in message.en and "EUC-KR" in message.en and "line 1" in message.en
    assert "VS Code" in message.en and "Notepad" in message.en and "Save with Encoding" in message.en
    assert "cp949" in message.ko and "메모장" in message.ko


def test_a_cp949_file_with_its_coding_line_is_read_as_python_reads_it(sandbox, tmp_path):
    raw = ("# -*- coding: cp949 -*-\n" + KOREAN_SOFTMAX).encode("cp949")
    result = grade_bytes(sandbox, tmp_path, "p060", raw)
    assert result.status == PASSED, feedback(result)
    assert importlib.util.decode_source(raw).endswith(KOREAN_SOFTMAX)  # as Python itself reads it


def test_an_unknown_coding_line_is_named(sandbox, tmp_path):
    result = grade_bytes(sandbox, tmp_path, "p060", b"# -*- coding: klingon -*-\nx = 1\n")
    assert result.status == ERROR and "unknown encoding" in result.messages[-1].en and "klingon" in result.messages[-1].en


def test_a_cp949_notebook_is_named_and_a_notebook_with_bom_is_read(sandbox, tmp_path):
    problem = by_id()["p060"]
    notebook = ipynb.new_notebook(ipynb.problem_cells(problem))
    relative = problem.path[:-3] + ".ipynb"
    as_json = nbformat.writes(notebook)
    result = grade_bytes(sandbox, tmp_path, "p060", as_json.encode("cp949"), relative)
    assert result.status == ERROR and "cp949" in result.messages[-1].en, feedback(result)
    result = grade_bytes(sandbox, tmp_path / "bom", "p060", codecs.BOM_UTF8 + as_json.encode("utf-8"), relative)
    assert result.status == NOT_STARTED, feedback(result)


# -- 4. a broken notebook is named with what is wrong (tests/test_notebooks.py grades the common cases) -------
def _notebook_json() -> dict:
    return json.loads(nbformat.writes(ipynb.new_notebook(ipynb.problem_cells(by_id()["p060"]))))


@pytest.mark.parametrize("break_it, words", [
    (lambda d: d.__setitem__("nbformat", "4"), "its nbformat field is '4', not the number 4"),
    (lambda d: d["cells"][1].pop("cell_type"), "cell 2 has no cell_type (code, markdown or raw)"),
    (lambda d: d["cells"][1].__setitem__("outputs", [{"output_type": "stream"}]),
     "cell 2 (outputs[0]) does not follow the notebook format: 'name' is a required property"),
    (lambda d: d.pop("nbformat_minor"), "'nbformat_minor' is a required property"),
    (lambda d: d.__setitem__("cells", {}), "cells does not follow the notebook format: {} is not of type 'array'"),
], ids=["version as text", "no cell type", "bad output", "no minor version", "cells not a list"])
def test_a_schema_error_is_named_not_called_an_unsupported_version(break_it, words):
    data = _notebook_json()
    break_it(data)
    with pytest.raises(ipynb.NotebookError) as raised:
        ipynb.read(json.dumps(data), "ch03.ipynb")
    assert words in raised.value.reason.en and "Unsupported" not in raised.value.reason.en, raised.value.reason.en
    assert raised.value.reason.ko != raised.value.reason.en


def test_json_that_is_not_a_notebook_and_truncated_json_are_named():
    with pytest.raises(ipynb.NotebookError, match=r"the top level is a list"):
        ipynb.read("[1, 2]", "ch03.ipynb")
    text_of_notebook = json.dumps(_notebook_json(), indent=1)
    with pytest.raises(ipynb.NotebookError, match=r"not valid JSON \(line \d+, column \d+: .*cut short"):
        ipynb.read(text_of_notebook[:len(text_of_notebook) // 2], "ch03.ipynb")


def test_cells_without_ids_are_repaired_as_jupyter_does():
    data = _notebook_json()
    for cell in data["cells"]:
        del cell["id"]
    notebook = ipynb.read(json.dumps(data), "ch03.ipynb")
    assert len(notebook.cells) == len(data["cells"]) and ipynb.section(notebook.cells, "p060") is not None


# -- 5. input() while grading ------------------------------------------------------------------------
@pytest.mark.parametrize("problem_id, source, line", [
    ("p060", 'import numpy as np\nn = int(input("n? "))\n\n\ndef softmax(a):\n    return a\n', 2),
    ("p057", 'import numpy as np\n\n\ndef minus_max(a):\n    k = input("k? ")\n    return a - np.max(a)\n', 5),
], ids=["at import", "in the graded function"])
def test_input_is_told_to_become_an_argument(grade_source, problem_id, source, line):
    result = grade_source(problem_id, source)
    assert result.status == ERROR
    told = feedback(result)
    assert "input() cannot be answered while grading" in told and "arguments" in told, told
    assert f":{line}: " in told and "input() 은 채점 중에는" in told
    assert "EOFError" not in told


# -- 6. the grader's own state stays out of the learner's folder -------------------------------------
def test_grading_writes_no_hypothesis_folder_into_the_workspace(tmp_path):
    # A failing property is what hypothesis keeps state for (the failing example, to try first next time).
    whole_batch_softmax = "import numpy as np\n\n\ndef softmax(a):\n    e = np.exp(a - np.max(a))\n    return e / np.sum(e)\n"
    workspace = workspace_with(tmp_path, {"p060": whole_batch_softmax})
    cache = tmp_path / "cache"
    env = {**os.environ, "DLSCRATCH_CACHE_DIR": str(cache)}
    env.pop("HYPOTHESIS_STORAGE_DIRECTORY", None)
    for args, cwd in ((("p060",), workspace), (("p060", "ch02", "--jobs", "2"), workspace / "ch03")):
        done = grade(*args, cwd=cwd, env=env)
        assert "p060" in done.stdout and "Traceback" not in done.stderr, done.stdout + done.stderr
    assert not list(tmp_path.rglob(".hypothesis")), list(tmp_path.rglob(".hypothesis"))
    assert (cache / "hypothesis").is_dir() and any((cache / "hypothesis").iterdir())


def test_the_worker_is_pointed_at_the_grader_cache_too(grade_source):
    told = feedback(grade_source("p060", 'import os\n\n\ndef softmax(a):\n'
                                         '    raise ValueError(os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"))\n'))
    assert str(hypothesis_home()) in told, told


# -- 7. every message of a report in the chosen language ---------------------------------------------
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# one known wrong solution per chapter (and the layer checks that name self.dW "after backward"); none holds Korean
# itself, so Korean in an English report can only come from the grader
WRONG = [("p003x", "std_var_swapped"), ("p022", "strict_greater"), ("p060", "wrong_axis"), ("p117", "not_restored"),
         ("p140", "no_mask_in_backward"), ("p151", "db_not_summed"), ("p162", "sizes_ignored"), ("p163", "not_in_place"),
         ("p206", "flipped_filter")]
ENGLISH_LABELS = ["result:", "expected:", "actual:", "hint:", "smallest failing input", "step:", "wrong value", "replay:",
                  "total:", "isolation:", "paths read-only", "after backward", "passed", "failed"]


def test_a_report_speaks_one_language(tmp_path):
    workspace = workspace_with(tmp_path, {})
    for problem_id, name in WRONG:
        [source] = ROOT.glob(f"tests/wrong/ch*/{problem_id}_*/{name}.py")
        assert not HANGUL.search(source.read_text(encoding="utf-8")), source
        shutil.copy(source, workspace / by_id()[problem_id].path)
    ids = [problem_id for problem_id, _ in WRONG]
    english = grade(*ids, "--lang", "en", "--jobs", "1", "--seed", "1", cwd=workspace)
    assert english.returncode == 1 and english.stdout.count("failed") >= 8, english.stdout + english.stderr
    assert "after backward" in english.stdout  # the label that once read "backward 뒤 / after backward"
    assert not HANGUL.findall(english.stdout), [line for line in english.stdout.splitlines() if HANGUL.search(line)]
    korean = grade(*ids, "--lang", "ko", "--jobs", "1", "--seed", "1", "--json", str(tmp_path / "ko.json"), cwd=workspace)
    assert korean.returncode == 1 and "기대값:" in korean.stdout and "힌트:" in korean.stdout, korean.stdout
    messages = "\n".join(m for p in json.loads((tmp_path / "ko.json").read_text(encoding="utf-8"))["problems"] for m in p["messages"])
    for label in ENGLISH_LABELS:
        assert label not in korean.stdout, label
        assert label not in messages, label


def test_no_check_names_a_value_in_two_languages_at_once():
    """`what=` is code (the same in both languages) or a text(ko, en): never "한국어 / English" in one string."""
    mixed = []
    for path in sorted((ROOT / "grader").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for keyword in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
                if keyword.arg == "what" and isinstance(keyword.value, (ast.Constant, ast.JoinedStr)) \
                        and HANGUL.search(ast.unparse(keyword.value)):
                    mixed.append(f"{path.relative_to(ROOT)}:{keyword.value.lineno}")
    assert mixed == []
