"""The learner release as learners get it: built by `grade release`, installed from its wheel into a fresh
virtualenv, graded without the reference, and scanned for any copy of a reference solution; then the Gradescope
bundle of that release, installed by its setup.sh and run by its run_autograder as Gradescope runs them.

One build and one virtualenv serve the module (the last test adds the reference to it, as setup.sh does)."""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

from conftest import ROOT
from grader.catalog import all_problems, select
from grader.instructor.leaks import fingerprints, scan
from grader.instructor.publish import write as publish
from grader.instructor.release import archive_files, forbidden_paths, split_fixtures
from venvs import make_venv, run

SKIPPED_REASON = "Runs only where the reference solutions are installed"
SPEC_TOP = {"score", "execution_time", "output", "visibility", "stdout_visibility", "tests"}
SPEC_TEST = {"name", "number", "score", "max_score", "status", "output", "output_format", "visibility", "tags"}
VISIBILITY = {"hidden", "after_due_date", "after_published", "visible"}


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release")
    done = subprocess.run([sys.executable, "-m", "grader.cli", "release", str(out)], capture_output=True, text=True,
                          encoding="utf-8", timeout=600, cwd=out)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def learner_bin(release, tmp_path_factory) -> Path:
    """The learner's virtualenv, made where Gradescope's setup.sh makes its own: the last test turns it into that."""
    return make_venv(tmp_path_factory.mktemp("autograder") / "dlscratch-venv", *release.glob("dlscratch-*.whl"))


def reference_prints() -> dict[str, str]:
    return fingerprints(ROOT / "reference", [p.render_stub() for p in all_problems()])


def test_scan_finds_a_reference_body_copied_into_a_check_or_a_docstring():
    source = (ROOT / "reference" / "ch05" / "p136_apple_price.py").read_text(encoding="utf-8")
    body = source.split('"""The book\'s Fig. 5-16 as layers: one MulLayer per multiplication node."""')[1].split("__all__")[0]
    reformatted = "def truth(a, n, t):\n  " + "\n  ".join(line.strip() for line in body.strip().splitlines() if line.strip())
    planted = {"grader/problems/ch05/p136_apple_price.py": reformatted.encode(),
               "fixtures/notes.csv": ('doc,"""' + body + '"""').encode(),
               "grader/clean.py": b"def truth(a, n, t):\n    return a * n * t\n"}
    leaks = scan(planted, reference_prints())
    assert {leak.file for leak in leaks} == {"grader/problems/ch05/p136_apple_price.py", "fixtures/notes.csv"}
    assert all(leak.origin == "reference/ch05/p136_apple_price.py:buy_apple" for leak in leaks)


def test_learner_wheel_and_sdist_hold_no_reference_solution(release):
    prints = reference_prints()
    assert len(prints) > 200  # bodies of the library and of the per-problem solutions
    public, _ = split_fixtures(ROOT, list(all_problems()))
    artifacts = sorted(release.glob("dlscratch-*"))
    assert sorted(p.suffix for p in artifacts) == [".gz", ".whl"]
    for artifact in artifacts:
        files = archive_files(artifact)
        assert forbidden_paths(files, public) == []
        assert scan(files, prints) == []
    wheel = archive_files(next(release.glob("dlscratch-*.whl")))
    assert {"grader/cli.py", "dataset/mnist.py", "fixtures/mnist/train-images-idx3-ubyte.gz", "fixtures/창업건수.csv",
            f"exercises/{select(['p157'])[0].path}"} <= set(wheel)
    assert not any(name.startswith("reference") for name in wheel)


def test_reference_distribution_sits_beside_the_learner_one(release):
    [wheel] = (release / "instructor").glob("dlscratch_reference-*.whl")
    files = archive_files(wheel)
    assert "reference/layers.py" in files and "reference/ch05/p157_softmax_with_loss_use.py" in files
    assert not any(name.startswith("grader/") for name in files)
    metadata = next(v for k, v in files.items() if k.endswith(".dist-info/METADATA")).decode()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"Requires-Dist: dlscratch=={version}" in metadata


def test_learner_install_grades_without_the_reference(learner_bin, tmp_path):
    done = run(learner_bin / "python", "-c", "import reference", cwd=tmp_path)
    assert done.returncode == 1 and "No module named 'reference'" in done.stderr

    done = run(learner_bin / "grade", "p028", "--reference", cwd=tmp_path)
    assert done.returncode == 2 and "not installed" in done.stderr and "Traceback" not in done.stderr

    run(learner_bin / "grade", "init", "fresh", cwd=tmp_path, check=True)
    done = run(learner_bin / "grade", "ch05", "--workspace", "fresh", "--json", "fresh.json", cwd=tmp_path)
    fresh = json.loads((tmp_path / "fresh.json").read_text(encoding="utf-8"))
    assert done.returncode == 1 and fresh["score"] == 0
    assert {p["status"] for p in fresh["problems"]} == {"not started"}

    # the reference solutions as learner files
    publish(select(["ch05"]), ROOT / "reference", tmp_path / "solved", notebooks=False)
    done = run(learner_bin / "grade", "ch05", "--workspace", "solved", "--json", "solved.json", "--profile", "ci",
               "--lang", "en", cwd=tmp_path)
    solved = json.loads((tmp_path / "solved.json").read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stdout
    assert [p["id"] for p in solved["problems"] if p["status"] != "passed"] == []
    assert solved["score"] == solved["max_score"] == sum(p.points for p in select(["ch05"]) if p.autograded != "no")
    [p139] = [p for p in solved["problems"] if p["id"] == "p139"]  # its Agrees check: reported, never passed
    assert any("skipped" in m and SKIPPED_REASON in m for m in p139["messages"]), p139["messages"]


def test_sandbox_hides_the_reference_wherever_it_is_installed(tmp_path):
    """dlscratch-reference may sit in another folder than the grader (here: first on PYTHONPATH); learner code
    that looks for it there must not find it, so it cannot copy or call the solutions."""
    shutil.copytree(ROOT / "reference", tmp_path / "elsewhere" / "reference")
    solved = tmp_path / "solved"
    publish(select(["p136"]), ROOT / "reference", solved, notebooks=False)
    path = solved / select(["p136"])[0].path
    path.write_text(path.read_text(encoding="utf-8") + (
        f"\n\nimport os\nif os.path.exists({str(tmp_path / 'elsewhere' / 'reference' / 'layers.py')!r}):\n"
        "    def buy_apple(apple, apple_num, tax):\n        return 0.0\n"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "grader.cli", "p136", "--workspace", str(solved), "--lang", "en",
                           "--json", str(tmp_path / "r.json")], capture_output=True, text=True, encoding="utf-8",
                          timeout=300, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path / "elsewhere")})
    report = " ".join(done.stdout.split())
    if "namespaces" not in report:
        pytest.skip(f"namespaces unavailable here: {report[-200:]}")
    assert "reference hidden" in report
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"][0]["status"] == "passed", done.stdout


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


def test_gradescope_bundle_installs_with_setup_sh_and_run_autograder_writes_valid_results(release, learner_bin, tmp_path):
    """Runs last in this module: setup.sh adds the reference to the learner virtualenv (the server's install)."""
    bundle = tmp_path / "autograder.zip"
    done = subprocess.run([sys.executable, "-m", "grader.cli", "gradescope", str(bundle), "--targets", "ch05",
                           "--release", str(release)], capture_output=True, text=True, encoding="utf-8", timeout=600,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    root = learner_bin.parent.parent
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
    publish(select(["ch05"]), ROOT / "reference", tmp_path / "solved", notebooks=False)
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
    assert results["score"] == sum(tests[p]["score"] for p in ("p136", "p138", "p139", "p157"))
    report = " ".join(graded.stdout.split())  # the report, for the instructor only (results/stdout)
    assert "isolation" in report or "격리 수준" in report
    if "reference hidden" in report:  # namespaces: the installed reference is out of the learner code's sight
        assert tests["p136"]["status"] == "passed", tests["p136"]["output"]
