"""`grade class`: a folder of every kind of submission into per-learner JSON, a gradebook, a summary and a chart;
re-runs grade only what changed. One class of ch02 (small and fast) is graded once and re-run in the module."""
from __future__ import annotations

import csv
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell
from PIL import Image

from conftest import ROOT
from grader.catalog import select
from grader.cli import main as grade
from grader.instructor.publish import write as publish
from grader.ipynb import chapter_notebook, write as write_notebook
from grader.workspace import init_workspace

PROBLEMS = select(["ch02"])
FULL = sum(p.points for p in PROBLEMS)
WRONG = select(["p028", "p030", "p031"])
HOSTILE = {  # problem path -> learner code that must earn nothing and cost the others nothing
    "ch02/p021_x_w_sum.py": "def x_w_sum(*args):\n    while True:\n        pass\n",
    "ch02/p022_active_func.py": "import sys\nsys.exit(0)\n",
    "ch02/p028_and_gate.py": "print('p028 AND 게이트 통과 1/1')\nprint('합계: 12/12')\ndef AND(x1, x2):\n    return 1\n",
}


def _workspace(folder: Path) -> Path:
    init_workspace(folder, PROBLEMS)
    return folder


def _solved(folder: Path) -> Path:
    publish(PROBLEMS, ROOT / "reference", _workspace(folder), notebooks=False)
    return folder


def _zip(folder: Path, target: Path, inside: str) -> None:
    with zipfile.ZipFile(target, "w") as bundle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                bundle.write(path, f"{inside}/{path.relative_to(folder).as_posix()}")


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    root = tmp_path_factory.mktemp("class")
    submissions = root / "submissions"
    _solved(submissions / "김철수")
    wrong = _workspace(submissions / "wrong")
    for problem in WRONG:  # a plausible mistake in each (few: a failure is shrunk, which takes its time)
        mistake = sorted((ROOT / "tests" / "wrong" / problem.path).with_suffix("").glob("*.py"))[0]
        shutil.copyfile(mistake, wrong / problem.path)
    _workspace(submissions / "fresh")
    hostile = _workspace(submissions / "hostile")
    for relative, source in HOSTILE.items():
        (hostile / relative).write_text(source, encoding="utf-8")
    linker = _workspace(submissions / "linker")  # a symlink to a solution (as `unzip` makes them) is not its file
    (linker / "ch02" / "p028_and_gate.py").unlink()
    (linker / "ch02" / "p028_and_gate.py").symlink_to((submissions / "김철수" / "ch02" / "p028_and_gate.py").resolve())
    (submissions / "broken.zip").write_bytes(b"PK\x03\x04 this is not a zip at all")
    with zipfile.ZipFile(submissions / "slip.zip", "w") as bundle:
        bundle.writestr("../../escaped.py", "print('outside')\n")
    _zip(_solved(root / "zipped"), submissions / "이영희.zip", "my-work")
    # a chapter notebook with two problems solved; each solution cell defines the library functions it uses
    # (the stub cells of other problems above it redefine some of them)
    solved = _solved(root / "for-notebook")
    library = (solved / "ch02" / "perceptron.py").read_text(encoding="utf-8")
    work = {p.id: [new_code_cell(library + "".join(line for line in (solved / p.path).read_text(encoding="utf-8").splitlines(True)
                                                   if not line.startswith("from perceptron")))] for p in select(["p028", "p030"])}
    write_notebook(submissions / "박민수.ipynb", chapter_notebook("ch02", PROBLEMS, work))
    repo = _solved(submissions / "gitter")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "done")
    (repo / "ch02" / "p028_and_gate.py").write_text("def AND(x1, x2):\n    return 0\n", encoding="utf-8")  # not committed
    out = root / "results"
    assert grade(["class", str(submissions), "--targets", "ch02", "--out", str(out), "--jobs", "2",
                  "--profile", "ci", "--seed", "1", "--lang", "ko"]) == 0
    return submissions, out


def _result(out: Path, learner: str) -> dict:
    return json.loads((out / "learners" / f"{learner}.json").read_text(encoding="utf-8"))


def _statuses(out: Path, learner: str) -> dict[str, str]:
    return {p["id"]: p["status"] for p in _result(out, learner)["problems"]}


def test_every_kind_of_submission_is_graded_as_its_own_learner(classroom):
    _, out = classroom
    for learner in ("김철수", "이영희", "gitter"):  # a workspace, a zip of one in a folder, HEAD of a repository
        assert set(_statuses(out, learner).values()) == {"passed"}, (learner, _statuses(out, learner))
        assert _result(out, learner)["score"] == FULL
    assert set(_statuses(out, "fresh").values()) == {"not started"}
    assert set(_statuses(out, "linker").values()) == {"not started"} and _result(out, "linker")["score"] == 0
    wrong = _statuses(out, "wrong")
    assert {wrong.pop(p.id) for p in WRONG} == {"failed"} and set(wrong.values()) == {"not started"}
    notebook = _statuses(out, "박민수")
    assert notebook.pop("p028") == notebook.pop("p030") == "passed" and set(notebook.values()) == {"not started"}


def test_a_hostile_or_broken_submission_costs_that_learner_alone(classroom):
    submissions, out = classroom
    hostile = _statuses(out, "hostile")
    assert hostile["p021"] == "timeout" and hostile["p022"] == "error" and hostile["p028"] == "failed"
    assert _result(out, "hostile")["score"] == 0
    for learner, words in (("broken", "zip"), ("slip", "폴더 밖")):
        result = _result(out, learner)
        assert result["score"] == 0 and len(result["problems"]) == len(PROBLEMS), result
        assert all(p["status"] == "error" and words in p["messages"][0] for p in result["problems"]), result
    assert not (submissions.parent / "escaped.py").exists() and not list(submissions.parent.parent.glob("escaped.py"))


def test_gradebook_has_one_row_per_learner_with_korean_names_and_totals(classroom):
    _, out = classroom
    raw = (out / "gradebook.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel opens it as UTF-8
    with open(out / "gradebook.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    by_learner = {row["learner"]: row for row in rows}
    assert sorted(by_learner) == sorted(["김철수", "이영희", "박민수", "gitter", "wrong", "fresh", "hostile", "linker", "broken", "slip"])
    assert list(rows[0])[1:len(PROBLEMS) + 1] == [p.id for p in PROBLEMS]
    for row in rows:
        scores = [int(row[p.id]) for p in PROBLEMS]
        assert int(row["total"]) == sum(scores) and int(row["max"]) == FULL
    assert int(by_learner["김철수"]["total"]) == FULL and int(by_learner["박민수"]["total"]) == 2
    assert by_learner["broken"]["error"] and by_learner["broken"][PROBLEMS[0].id] == "0" and not by_learner["김철수"]["error"]


def test_summary_names_pass_rates_mistakes_and_troubled_learners(classroom):
    _, out = classroom
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "학습자: 10" in summary
    # p028: 김철수, 이영희, gitter and 박민수 passed; the wrong one, fresh, hostile and linker did not; the two bad zips are left out (not readable)
    assert "| p028 AND 게이트 | 4/8 (50%) |" in summary
    hints = json.loads((out / ".state" / "wrong.json").read_text(encoding="utf-8"))["hints"]
    assert sorted(hints) == [p.id for p in WRONG]  # each mistake was named, and the summary counts it once
    for problem_id, shown in hints.items():
        line = next(line for line in summary.splitlines() if line.startswith(f"| {problem_id} "))
        assert f"{shown[0]} (1)".replace("|", "\\|").replace("\n", " ") in line
    trouble = summary.split("## ")[-1]
    assert "hostile: p021 timeout, p022 error" in trouble and "broken:" in trouble and "slip:" in trouble
    assert "김철수" not in trouble
    with Image.open(out / "summary.png") as image:
        assert image.format == "PNG" and image.width > 400


def _seeds(out: Path) -> dict[str, int]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8"))["seed"] for path in (out / "learners").glob("*.json")}


def test_re_runs_grade_only_what_changed_and_force_grades_all(classroom, capsys):
    """Each run has its own seed, so a result's seed tells which run graded it."""
    submissions, out = classroom
    run = ["class", str(submissions), "--targets", "ch02", "--out", str(out), "--jobs", "1", "--profile", "ci"]
    assert grade([*run, "--seed", "2"]) == 0
    assert set(_seeds(out).values()) == {1}
    assert "10 명: 0 채점, 10 변경 없음" in capsys.readouterr().out
    wrong = submissions / "wrong" / "ch02" / "p028_and_gate.py"
    shutil.copyfile(submissions / "김철수" / "ch02" / "p028_and_gate.py", wrong)
    shutil.copyfile(submissions / "김철수" / "ch02" / "perceptron.py", wrong.parent / "perceptron.py")  # what it imports
    assert grade([*run, "--seed", "3"]) == 0
    seeds = _seeds(out)
    assert seeds.pop("wrong") == 3 and set(seeds.values()) == {1}
    assert _statuses(out, "wrong")["p028"] == "passed"
    assert "| p028 AND 게이트 | 5/8 (62%) |" in (out / "summary.md").read_text(encoding="utf-8")
    assert grade([*run, "--seed", "4", "--force"]) == 0
    assert set(_seeds(out).values()) == {4}


def test_a_grading_process_that_dies_costs_the_learner_it_held_and_the_run_goes_on(classroom, tmp_path):
    """The hostile learner's first problem loops for its whole time limit; its grading process is killed then."""
    from grader.instructor import class_grading as klass

    submissions, _ = classroom
    chosen = {e.learner: e for e in klass.entries(submissions)}
    todo = [(chosen[name], None) for name in ("김철수", "hostile", "fresh")]
    settings = klass.Settings(("ch02",), "en", "ci", 5, None, True)
    done: dict[str, tuple[dict, dict]] = {}

    def kill_the_grading_process() -> None:
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)

    def finished(data: dict, record: dict) -> None:
        done[record["learner"]] = data, record
        if record["learner"] == "김철수":  # the hostile learner is next, and spends 10 s in its first problem
            threading.Timer(2.0, kill_the_grading_process).start()

    klass.grade_learners(todo, PROBLEMS, settings, 1, True, finished)
    assert list(done) == ["김철수", "hostile", "fresh"]
    assert done["김철수"][0]["score"] == FULL
    data, record = done["hostile"]
    assert "stopped (exit code -9)" in record["error"] and record["hash"] is None  # graded again on the next run
    assert {p["status"] for p in data["problems"]} == {"error"}
    assert {p["status"] for p in done["fresh"][0]["problems"]} == {"not started"}


def _run_class(submissions: Path, out: Path, seed: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "grader.cli", "class", str(submissions), "--targets", "p028", "p030",
                             "--out", str(out), "--jobs", "1", "--profile", "ci", "--seed", str(seed), "--lang", "en"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for_results(out: Path, count: int, process: subprocess.Popen) -> None:
    while len(list((out / ".state").glob("*.json"))) < count:
        assert process.poll() is None, process.stdout.read()
        time.sleep(0.2)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_run_keeps_every_finished_result_and_the_next_run_resumes(tmp_path, stop):
    submissions, out = tmp_path / "submissions", tmp_path / "out"
    learners = [f"learner{n}" for n in range(4)]
    _solved(submissions / learners[0])
    for learner in learners[1:]:
        shutil.copytree(submissions / learners[0], submissions / learner)
    first = _run_class(submissions, out, seed=1)
    _wait_for_results(out, 1, first)
    first.send_signal(stop)
    output = first.communicate(timeout=120)[0]
    if stop == signal.SIGINT:
        assert first.returncode == 130 and "Interrupted: finished results are saved" in output, output
    finished = {path.stem: _seeds(out)[path.stem] for path in (out / ".state").glob("*.json")}  # result, then record
    assert finished and set(finished.values()) == {1} and len(finished) < len(learners)
    second = _run_class(submissions, out, seed=2)
    output = second.communicate(timeout=300)[0]
    assert second.returncode == 0, output
    assert f"{len(learners)} learners: {len(learners) - len(finished)} to grade, {len(finished)} unchanged" in output
    seeds = _seeds(out)
    assert sorted(seeds) == learners and {name: seeds[name] for name in finished} == finished
    assert {seeds[name] for name in learners if name not in finished} == {2}
    assert all(_result(out, name)["score"] == 2 for name in learners)
