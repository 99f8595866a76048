"""Plausible wrong solutions, one file each under tests/wrong/<chapter>/<problem>/, must be rejected, and the
feedback must name the mistake: each file's docstring has one or more lines `expect: <words the feedback contains>`.

Hints are only worth something when they are right: a `Mistake` a problem declares (on any check, `check.mistakes`)
is named by the `expect:` line of at least one wrong solution of that problem, and a wrong solution is shown
exactly the problem's Mistakes its `expect:` lines name: its own, never another's.
"""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, feedback
from grader.catalog import all_problems, by_id
from grader.checks import Mistake
from grader.problems.common import RETURNS_NONE
from grader.engine import PASSED
from grader.spec import Problem, Text

WRONG = ROOT / "tests" / "wrong"
CASES = sorted(WRONG.glob("ch*/*/*.py"))

def _expectations(path) -> list[str]:
    found = [line.strip() for line in re.findall(r"^expect: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)]
    assert found, f"{path} needs a line 'expect: ...' in its docstring"
    return found


def declared_mistakes(problem: Problem) -> list[Mistake]:
    return [m for check in problem.checks for m in getattr(check, "mistakes", ()) if isinstance(m, Mistake)]


def problem_mistakes(problem: Problem) -> list[Text]:
    """The says-text of every Mistake of the problem's own (not RETURNS_NONE, which every chapter shares), once each."""
    return list(dict.fromkeys(m.says for m in declared_mistakes(problem) if m.says != RETURNS_NONE.says))


def _names(expectation: str, says: Text) -> bool:
    return expectation in says.ko or expectation in says.en


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name.split('_')[0]}-{p.stem}" for p in CASES])
def test_wrong_solution_is_rejected_and_gets_its_own_hint_only(path, grade_source):
    problem_id = path.parent.name.split("_")[0]
    result = grade_source(problem_id, path.read_text(encoding="utf-8"))
    told = feedback(result)
    assert result.status != PASSED
    expectations = _expectations(path)
    for expectation in expectations:
        assert expectation in told, told
    mistakes = problem_mistakes(by_id()[problem_id])
    shown = [m.en for m in mistakes if m.en in told or m.ko in told]
    named = [m.en for m in mistakes if any(_names(e, m) for e in expectations)]
    assert shown == named, f"hints shown: {shown}\nMistakes its expect: lines name: {named}\n\n{told}"


def _uncovered() -> list[tuple[str, str]]:
    found = []
    for problem in all_problems():
        expectations = [e for path in sorted((WRONG / problem.chapter / problem.module).glob("*.py")) for e in _expectations(path)]
        found += [(problem.id, says.en) for says in problem_mistakes(problem) if not any(_names(e, says) for e in expectations)]
    return found


def test_every_mistake_is_named_by_a_wrong_solution():
    """With the test above (a named Mistake must be shown), every declared Mistake is triggered by a wrong solution."""
    uncovered = _uncovered()
    assert not uncovered, "add a wrong solution whose expect: line names each of these Mistakes:\n" + "\n".join(map(str, uncovered))


@pytest.mark.parametrize("problem", [p for p in all_problems() if p.autograded != "no"],
                         ids=[p.id for p in all_problems() if p.autograded != "no"])
def test_every_autograded_problem_has_a_wrong_solution(problem):
    assert list((WRONG / problem.chapter / problem.module).glob("*.py")), f"add tests/wrong/{problem.path[:-3]}/<mistake>.py"


RETURNS_NONE_PROBLEMS = [p for p in all_problems() if any(m.says == RETURNS_NONE.says for m in declared_mistakes(p))]


@pytest.mark.parametrize("problem", RETURNS_NONE_PROBLEMS, ids=[p.id for p in RETURNS_NONE_PROBLEMS])
def test_a_function_that_returns_nothing_is_told_so(problem, grade_source):
    """The shared mistake: the stub's body replaced by a print, as a learner who prints the answer writes it."""
    stub = (ROOT / "exercises" / problem.path).read_text(encoding="utf-8")
    printed = stub.replace("raise NotImplementedError", "print('done')")
    assert printed != stub
    result = grade_source(problem.id, printed)
    assert result.status != PASSED
    assert RETURNS_NONE.says.en in feedback(result), feedback(result)
