"""`grade classroom`: the GitHub Actions workflow parses as YAML and runs `grade` for every problem, and the
Classroom autograding config gives each problem its points."""
from __future__ import annotations

import json
import subprocess
import sys

import yaml

from grader.catalog import select


def test_workflow_and_autograding_config_name_the_grade_commands(tmp_path):
    wheel = tmp_path / "dlscratch-0.1.0-py3-none-any.whl"
    wheel.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip stands in for the learner wheel
    repo = tmp_path / "learner-repo"
    done = subprocess.run([sys.executable, "-m", "grader.cli", "classroom", "--targets", "ch05", "--wheel", str(wheel),
                           "--to", str(repo)], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    graded = [p for p in select(["ch05"]) if p.autograded != "no"]

    flow = yaml.safe_load((repo / ".github/workflows/grade.yml").read_text(encoding="utf-8"))
    assert flow["on"] == ["push", "workflow_dispatch"]  # "on" quoted: YAML 1.1 would read a bare on as True
    steps = flow["jobs"]["grade"]["steps"]
    install = next(s for s in steps if s.get("name") == "Install dlscratch")
    assert install["run"] == "python -m pip install .github/dlscratch/dlscratch-0.1.0-py3-none-any.whl"
    assert (repo / ".github/dlscratch" / wheel.name).is_file()
    graders = [s for s in steps if s.get("uses", "").startswith("classroom-resources/autograding-command-grader")]
    assert [s["with"]["command"] for s in graders] == [f"grade {p.id} --lang ko" for p in graded]
    assert [s["with"]["max-score"] for s in graders] == [p.points for p in graded]
    reporter = next(s for s in steps if s.get("uses", "").startswith("classroom-resources/autograding-grading-reporter"))
    assert reporter["with"]["runners"].split(",") == [s["id"] for s in graders]
    assert all(reporter["env"][f"{s['id'].upper()}_RESULTS"] == f"${{{{steps.{s['id']}.outputs.result}}}}" for s in graders)
    assert "grade ch05 --lang ko --junit grade-results.xml" in steps[-2]["run"]

    config = json.loads((repo / ".github/classroom/autograding.json").read_text(encoding="utf-8"))
    assert [t["run"] for t in config["tests"]] == [f"grade {p.id} --lang ko" for p in graded]
    assert config["tests"][0]["setup"] == install["run"]
    assert sum(t["points"] for t in config["tests"]) == sum(p.points for p in graded)


def test_classroom_refuses_the_reference_wheel(tmp_path):
    wheel = tmp_path / "dlscratch_reference-0.1.0-py3-none-any.whl"
    wheel.write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "grader.cli", "classroom", "--targets", "ch05", "--wheel", str(wheel),
                           "--to", str(tmp_path / "repo")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "not the learner wheel" in done.stderr
