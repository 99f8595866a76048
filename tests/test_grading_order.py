"""Problems go to the worker pool longest first (by time limit), and the results still come back in catalog order."""
from __future__ import annotations

import json
import subprocess
import sys

from grader.catalog import select


def test_results_keep_catalog_order_when_the_long_problems_are_graded_first(tmp_path):
    targets = ["ch02", "p228"]  # p228 (a 30 s limit) is sent to the pool first, the ch02 problems after it
    problems = select(targets)
    assert len(problems) >= 8 and max(p.time_limit for p in problems) > min(p.time_limit for p in problems)
    subprocess.run([sys.executable, "-m", "grader.cli", "init", str(tmp_path)], check=True, capture_output=True)
    done = subprocess.run([sys.executable, "-m", "grader.cli", *targets, "--workspace", str(tmp_path), "--jobs", "2",
                           "--json", str(tmp_path / "r.json")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr  # a fresh workspace: nothing passes
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"]
    assert [r["id"] for r in rows] == [p.id for p in problems]
