"""The Gradescope bundle as Gradescope runs it: setup.sh installs the release into a fresh virtualenv, and
run_autograder grades a submission in a folder laid out like /autograder (AUTOGRADER_ROOT) into results.json."""
from __future__ import annotations

import json
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT
from grader.catalog import select
from grader.instructor.publish import write as publish
from venvs import run

SPEC_TOP = {"score", "execution_time", "output", "visibility", "stdout_visibility", "tests"}
SPEC_TEST = {"name", "number", "score", "max_score", "status", "output", "output_format", "visibility", "tags"}
VISIBILITY = {"hidden", "after_due_date", "after_published", "visible"}


def _submission(folder: Path, solved: Path, reference_dir: str) -> None:
    """Flat files, as a learner uploads them: two solved problems with their library modules, one wrong, and one
    that passes only if it cannot see the reference solutions."""
    folder.mkdir(parents=True)
    for name in ("p138_apple_orange_forward.py", "p139_apple_orange_backward.py", "p157_softmax_with_loss_use.py",
                 "layers.py", "functions.py", "util.py"):
        shutil.copy(solved / "ch05" / name, folder / name)
    shutil.copy(ROOT / "tests/wrong/ch05/p140_relu_layer/no_mask_in_backward.py", folder / "p140_relu_layer.py")
    peeking = (solved / "ch05" / "p136_apple_price.py").read_text(encoding="utf-8")
    peeking += (f"\n\nimport os\nif os.path.exists({str(Path(reference_dir, 'layers.py'))!r}):\n"
                "    def buy_apple(apple, apple_num, tax):\n        return 0.0\n")
    (folder / "p136_apple_price.py").write_text(peeking, encoding="utf-8")


def test_bundle_installs_with_setup_sh_and_run_autograder_writes_valid_results(tmp_path):
    bundle = tmp_path / "autograder.zip"
    done = subprocess.run([sys.executable, "-m", "grader.cli", "gradescope", str(bundle), "--targets", "ch05"],
                          capture_output=True, text=True, encoding="utf-8", timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    root = tmp_path / "autograder"
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        assert {"setup.sh", "run_autograder"} <= set(names)  # at the root of the zip, as Gradescope requires
        assert all(archive.getinfo(n).external_attr >> 16 & stat.S_IXUSR for n in ("setup.sh", "run_autograder"))
        archive.extractall(root / "source")
    for name in ("setup.sh", "run_autograder"):
        (root / "source" / name).chmod(0o755)
    shutil.copy(root / "source" / "run_autograder", root / "run_autograder")

    run(Path("/bin/bash"), str(root / "source" / "setup.sh"), cwd=root / "source", check=True, AUTOGRADER_ROOT=str(root))
    python = root / "dlscratch-venv" / "bin" / "python"
    reference_dir = run(python, "-c", "import reference, os; print(os.path.dirname(reference.__file__))",
                        cwd=tmp_path, check=True).stdout.strip()
    reference_run = run(python, "-m", "grader.cli", "p157", "--reference", cwd=tmp_path)  # both wheels: an instructor install
    assert reference_run.returncode == 0, reference_run.stdout + reference_run.stderr
    publish(select(["ch05"]), ROOT / "reference", tmp_path / "solved")
    _submission(root / "submission", tmp_path / "solved", reference_dir)

    graded = run(root / "run_autograder", cwd=root, AUTOGRADER_ROOT=str(root))
    raw = (root / "results" / "results.json").read_bytes()
    results = json.loads(raw.decode("utf-8"))

    assert SPEC_TOP <= set(results) and results["visibility"] in VISIBILITY
    assert isinstance(results["execution_time"], int) and results["execution_time"] >= 0
    tests = {t["number"]: t for t in results["tests"]}
    assert sorted(tests) == [p.id for p in select(["ch05"])]
    for test in tests.values():
        assert SPEC_TEST <= set(test), test
        assert test["status"] in ("passed", "failed") and test["visibility"] in VISIBILITY
        assert 0 <= test["score"] <= test["max_score"] and (test["score"] == test["max_score"]) == (test["status"] == "passed")
    assert results["score"] == sum(t["score"] for t in tests.values())
    assert "SoftmaxWithLoss 계층 써 보기".encode() in raw  # Korean as UTF-8 text, not \u escapes

    for solved in ("p138", "p139", "p157"):
        assert tests[solved]["status"] == "passed", tests[solved]["output"]
    assert "건너뜀" not in tests["p139"]["output"]  # its Agrees check ran against the installed reference
    assert tests["p140"]["status"] == "failed" and "dout" in tests["p140"]["output"]
    assert tests["p134"]["status"] == "failed" and "시작 전" in tests["p134"]["output"]
    assert results["score"] == 3 + (1 if tests["p136"]["status"] == "passed" else 0)
    report = " ".join(graded.stdout.split())  # the report, for the instructor only (results/stdout)
    assert "isolation" in report or "격리 수준" in report
    if "reference hidden" in report:  # namespaces: the installed reference is out of the learner code's sight
        assert tests["p136"]["status"] == "passed", tests["p136"]["output"]


def test_submission_files_are_found_in_any_layout(tmp_path):
    from grader.instructor.gradescope import arrange

    upload = tmp_path / "submission"
    for relative in ("dlscratch-work/ch05/p157_softmax_with_loss_use.py", "p140_relu_layer.ipynb", "mylayers.py",
                     "__MACOSX/dlscratch-work/ch05/._p157_softmax_with_loss_use.py", ".git/p136_apple_price.py"):
        (upload / relative).parent.mkdir(parents=True, exist_ok=True)
        (upload / relative).write_text("# mine\n", encoding="utf-8")
    arrange(upload, tmp_path / "ws", select(["p157", "p140", "p136"]))
    found = sorted(p.relative_to(tmp_path / "ws").as_posix() for p in (tmp_path / "ws").rglob("*") if p.is_file())
    assert found == ["ch05/mylayers.py", "ch05/p140_relu_layer.ipynb", "ch05/p157_softmax_with_loss_use.py"]


def test_results_of_a_self_check_carry_no_pass_or_fail():
    from grader.catalog import by_id
    from grader.instructor.gradescope import results

    data = {"score": 1, "max_score": 1, "seed": 7, "problems": [
        {"id": "p028", "status": "passed", "score": 1, "max_score": 1, "messages": [], "seconds": 0.1},
        {"id": "p074", "status": "manual", "score": 0, "max_score": 0, "messages": ["눈으로 확인"], "seconds": 0.0}]}
    converted = results(data, by_id(), "ko", 3.4)
    assert converted["score"] == 1 and converted["execution_time"] == 3
    manual = converted["tests"][1]
    assert "status" not in manual and manual["max_score"] == 0 and "자가 확인" in manual["output"]
    assert converted["tests"][0]["status"] == "passed"
