"""The `grade` command as a learner and an instructor use it: list, init, hint, grading, JSON, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from grader.catalog import all_problems


def grade(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=300)


def test_list_json_has_one_row_per_problem_with_its_path():
    rows = json.loads(grade("list", "--json").stdout)
    assert [r["id"] for r in rows] == [p.id for p in all_problems()]
    assert {"id", "chapter", "title", "path", "names", "points", "autograded"} <= set(rows[0])
    assert rows[0]["path"] == f"{rows[0]['chapter']}/{rows[0]['id']}_" + rows[0]["path"].split("_", 1)[1]


def test_init_writes_every_stub_where_list_says(tmp_path):
    assert grade("init", str(tmp_path / "ws")).returncode == 0
    for row in json.loads(grade("list", "--json").stdout):
        assert (tmp_path / "ws" / row["path"]).is_file()


def test_init_never_overwrites_learner_work(tmp_path):
    grade("init", str(tmp_path))
    mine = tmp_path / all_problems()[0].path
    mine.write_text("# my work\n", encoding="utf-8")
    grade("init", str(tmp_path))
    assert mine.read_text(encoding="utf-8") == "# my work\n"


def test_fresh_workspace_is_all_not_started_and_exits_1(tmp_path):
    grade("init", str(tmp_path))
    done = grade("ch02", "--workspace", str(tmp_path), "--json", str(tmp_path / "r.json"), "--lang", "en")
    assert done.returncode == 1
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["score"] == 0
    assert {p["status"] for p in data["problems"]} <= {"not started", "manual"}


def test_reference_run_passes_exits_0_and_writes_the_documented_schema(tmp_path):
    done = grade("p028", "--reference", "--json", str(tmp_path / "r.json"))
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert set(data) >= {"score", "max_score", "problems"}
    assert [{k: v for k, v in p.items() if k != "seconds"} for p in data["problems"]] == \
        [{"id": "p028", "status": "passed", "score": 1, "max_score": 1, "messages": []}]
    assert data["problems"][0]["seconds"] >= 0


def test_report_is_korean_by_default_and_english_on_request():
    assert "통과" in grade("p028", "--reference").stdout
    assert "passed" in grade("p028", "--reference", "--lang", "en").stdout


@pytest.mark.parametrize("args", [["p999"], ["ch99"], ["p028", "--lang", "fr"], []])
def test_usage_errors_exit_2_with_a_short_message(args):
    done = grade(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_missing_workspace_is_a_usage_error(tmp_path):
    done = grade("p028", "--workspace", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and "grade init" in done.stderr


def test_hint_prints_the_problem_hints():
    done = grade("hint", "p028", "--lang", "en")
    assert done.returncode == 0 and "bias" in done.stdout


def test_loading_the_problem_list_stays_light():
    # `grade p028` should not pay for matplotlib or read fixture files just to find its problem.
    code = ("import sys, grader.catalog as c; c.all_problems(); "
            "print(sorted(m for m in ('matplotlib', 'PIL', 'pooch', 'dataset.mnist') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr
