"""Plausible wrong solutions, one file each under tests/wrong/<chapter>/<problem>/, must be rejected, and the
feedback must name the mistake: each file's docstring has a line `expect: <words the feedback contains>`."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, feedback
from grader.catalog import all_problems
from grader.engine import PASSED

WRONG = ROOT / "tests" / "wrong"
CASES = sorted(WRONG.glob("ch*/*/*.py"))


def _expectation(path) -> str:
    match = re.search(r"^expect: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{path} needs a line 'expect: ...' in its docstring"
    return match.group(1).strip()


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name.split('_')[0]}-{p.stem}" for p in CASES])
def test_wrong_solution_is_rejected_and_the_mistake_named(path, grade_source):
    problem_id = path.parent.name.split("_")[0]
    result = grade_source(problem_id, path.read_text(encoding="utf-8"))
    assert result.status != PASSED
    assert _expectation(path) in feedback(result), feedback(result)


@pytest.mark.parametrize("problem", [p for p in all_problems() if p.autograded != "no"],
                         ids=[p.id for p in all_problems() if p.autograded != "no"])
def test_every_autograded_problem_has_a_wrong_solution(problem):
    assert list((WRONG / problem.chapter / problem.module).glob("*.py")), f"add tests/wrong/{problem.path[:-3]}/<mistake>.py"
