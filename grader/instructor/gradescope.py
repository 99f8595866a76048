"""Gradescope: the autograder bundle `grade gradescope` builds, and what its run_autograder does on the server.

On the server (`python -m grader.instructor.gradescope CONFIG`), the submission's problem files are laid out as a
workspace wherever the learner put them, graded with the installed release, and the documented results JSON is
turned into Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/).
AUTOGRADER_ROOT (default /autograder) points at another folder laid out the same way, for a local run.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from grader.engine import MANUAL, PASSED
from grader.instructor.release import REFERENCE_DIR
from grader.report import status_label, write_json
from grader.spec import Problem

CONFIG = "dlscratch-autograder.json"
VENV = "dlscratch-venv"

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image.
set -euo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
SOURCE="$(cd "$(dirname "$0")" && pwd)"
if ! python3 -c "import ensurepip" 2>/dev/null; then  # Ubuntu ships venv support as its own package
    apt-get update && apt-get install -y python3-venv
fi
[ -x "$ROOT/{venv}/bin/python" ] || python3 -m venv "$ROOT/{venv}"
"$ROOT/{venv}/bin/python" -m pip install --quiet {wheels}
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this for every submission: grade $ROOT/submission, write $ROOT/results/results.json.
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
exec "$ROOT/{venv}/bin/python" -m grader.instructor.gradescope "$ROOT/source/{config}"
"""


def write_bundle(target: Path, learner_wheel: Path, reference_wheel: Path | None, targets: list[str], lang: str) -> None:
    """The zip Gradescope takes: setup.sh and run_autograder at its root, the wheels, the grading config."""
    wheels = {learner_wheel.name: learner_wheel}
    if reference_wheel:
        wheels[f"{REFERENCE_DIR}/{reference_wheel.name}"] = reference_wheel
    files = {"setup.sh": SETUP.format(venv=VENV, wheels=" ".join(f'"$SOURCE/{n}"' for n in wheels)),
             "run_autograder": RUN.format(venv=VENV, config=CONFIG),
             CONFIG: json.dumps({"targets": targets, "lang": lang}, indent=2) + "\n"}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.external_attr = (0o755 if name != CONFIG else 0o644) << 16
            bundle.writestr(info, content)
        for name, wheel in wheels.items():
            bundle.write(wheel, name)


def arrange(submission: Path, workspace: Path, problems: list[Problem]) -> None:
    """Put each problem file (.py, .ipynb) and chapter notebook (ch05.ipynb) of the submission at its workspace path,
    wherever it was uploaded (flat, in folders, in a zipped workspace); other .py files are the learner's own
    helpers and go beside every chapter's files."""
    by_name = {Path(p.path).stem: p for p in problems}
    chapters = {p.chapter for p in problems}
    helpers = []
    workspace.mkdir(parents=True, exist_ok=True)
    for path in sorted(submission.rglob("*")):
        if not path.is_file() or any(part.startswith((".", "__")) for part in path.relative_to(submission).parts):
            continue
        problem = by_name.get(path.stem)
        if problem and path.suffix in (".py", ".ipynb"):
            target = workspace / Path(problem.path).with_suffix(path.suffix)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        elif path.suffix == ".ipynb" and path.stem in chapters:  # a chapter notebook (grade init --notebooks)
            shutil.copyfile(path, workspace / path.name)
        elif path.suffix == ".py":
            helpers.append(path)
    for chapter in {p.chapter for p in problems}:
        (workspace / chapter).mkdir(parents=True, exist_ok=True)
        for helper in helpers:
            if not (workspace / chapter / helper.name).exists():
                shutil.copyfile(helper, workspace / chapter / helper.name)


def results(data: dict, problems: dict[str, Problem], lang: str, seconds: float) -> dict:
    """Gradescope's results.json from the results JSON of `grade --json` (one test per problem)."""
    tests = []
    for entry in data["problems"]:
        problem = problems[entry["id"]]
        test = {"name": f"{problem.id} · {problem.title(lang)}", "number": problem.id,
                "score": entry["score"], "max_score": entry["max_score"],
                "output": "\n\n".join([status_label(entry["status"], lang), *entry["messages"]]),
                "output_format": "text", "visibility": "visible", "tags": [problem.chapter, entry["status"]]}
        if entry["status"] != MANUAL:  # a self-check is neither passed nor failed
            test["status"] = "passed" if entry["status"] == PASSED else "failed"
        tests.append(test)
    words = ("합계", "재현") if lang == "ko" else ("total", "replay with")
    return {"score": data["score"], "execution_time": round(seconds), "output_format": "text",
            "output": f"{words[0]}: {data['score']}/{data['max_score']} ({words[1]} --seed {data['seed']})",
            "visibility": "visible", "stdout_visibility": "hidden", "tests": tests}


def run(config: Path) -> int:
    """The server side of run_autograder; results.json is written whatever happens."""
    from grader import catalog
    from grader.cli import main as grade

    settings = json.loads(config.read_text(encoding="utf-8"))
    root = Path(os.environ.get("AUTOGRADER_ROOT", "/autograder"))
    (root / "results").mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="dlscratch-submission-") as scratch:
            workspace, raw = Path(scratch, "workspace"), Path(scratch, "results.json")
            arrange(root / "submission", workspace, catalog.select(settings["targets"]))
            grade([*settings["targets"], "--workspace", str(workspace), "--json", str(raw), "--lang", settings["lang"]])
            data = json.loads(raw.read_text(encoding="utf-8"))
        content = results(data, catalog.by_id(), settings["lang"], time.monotonic() - started)
    except Exception as error:  # noqa: BLE001  the learner sees that grading failed, never an empty page
        content = {"score": 0, "execution_time": round(time.monotonic() - started), "tests": [],
                   "output": f"채점기가 실패했습니다 / the grader failed: {type(error).__name__}: {error}"}
    write_json(root / "results" / "results.json", content)
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1])))
