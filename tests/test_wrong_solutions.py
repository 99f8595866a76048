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

# Known gaps, grouped by chapter. These lists must shrink to empty: fix the check (or the wrong solution's
# `expect:` line) and remove the entry; an entry that no longer fails makes its test fail until it is removed.
# (problem, wrong solution file stem): the hints shown are not exactly the Mistakes its `expect:` lines name.
HINTS_NOT_ITS_OWN: dict[str, set[tuple[str, str]]] = {
    "ch03": {("p035", "missing_parentheses"), ("p038", "if_on_an_array")},
    "ch04": {("p100", "counts_per_batch")},
    "ch07": set(),
}
# (problem, the start of the Mistake's English text): no wrong solution's `expect:` line names it.
MISTAKES_WITHOUT_A_WRONG_SOLUTION: dict[str, set[tuple[str, str]]] = {
    "ch01": {
        ('p010', 'm2 is [[10]] (a list in a list). The num'),
        ('p010', 'The result is 2x2 whatever the input. Do'),
    },
    "ch02": {
        ('p021', 'It adds inputs and weights instead of mu'),
        ('p027', 'The bias b is not added.'),
        ('p027', 'The products x * w are there, but not ad'),
        ('p028', 'It behaves like OR, not AND. Check the s'),
        ('p028', 'It behaves like XOR, not AND. Check the '),
        ('p028', 'It returns True/False (a comparison) ins'),
        ('p029', 'It behaves like OR, not AND. Check the s'),
        ('p029', 'It behaves like NAND, not AND. Check the'),
        ('p029', 'It behaves like XOR, not AND. Check the '),
        ('p029', 'It returns True/False (a comparison) ins'),
        ('p030', 'It behaves like NAND, not OR. Check the '),
        ('p030', 'It behaves like XOR, not OR. Check the s'),
        ('p030', 'It returns True/False (a comparison) ins'),
        ('p031', 'It behaves like OR, not NAND. Check the '),
        ('p031', 'It behaves like XOR, not NAND. Check the'),
        ('p031', 'It returns True/False (a comparison) ins'),
        ('p032', 'It behaves like AND, not NAND. Check the'),
        ('p032', 'It behaves like OR, not NAND. Check the '),
        ('p032', 'It behaves like XOR, not NAND. Check the'),
        ('p032', 'It returns True/False (a comparison) ins'),
        ('p033', 'It behaves like OR, not AND. Check the s'),
        ('p033', 'It behaves like NAND, not AND. Check the'),
        ('p033', 'It behaves like XOR, not AND. Check the '),
        ('p033', 'It returns True/False (a comparison) ins'),
        ('p033', 'It behaves like AND, not OR. Check the s'),
        ('p033', 'It behaves like NAND, not OR. Check the '),
        ('p033', 'It behaves like XOR, not OR. Check the s'),
        ('p033', 'It behaves like AND, not NAND. Check the'),
        ('p033', 'It behaves like OR, not NAND. Check the '),
        ('p033', 'It behaves like XOR, not NAND. Check the'),
        ('p033', 'It behaves like AND, not XOR. Check the '),
        ('p033', 'It behaves like NAND, not XOR. Check the'),
    },
    "ch03": {
        ('p033b', 'It returns the comparison itself (an arr'),
        ('p033b', 'It gives 1 at x = 0 (x >= 0). The step f'),
        ('p036', 'Missing parentheses: 1/1+np.exp(-x) is 1'),
        ('p036', 'For large x, np.exp(x) overflows to inf '),
        ('p037', 'An array went in and a single number cam'),
        ('p038', 'Nothing is returned when x <= 0 (None). '),
        ('p038', 'An array went in and a single number cam'),
        ('p038b', 'abs(x) is not ReLU: a negative input mus'),
        ('p038b', 'Nothing is returned when x <= 0 (None). '),
        ('p038b', 'An array went in and a single number cam'),
        ('p043', 'The sign is flipped: 1/(1+np.exp(x)) is '),
        ('p043', 'Missing parentheses: 1/1+np.exp(-x) is 1'),
        ('p043', 'For large x, np.exp(x) overflows to inf '),
        ('p044', 'The sign is flipped: 1/(1+np.exp(x)) is '),
        ('p044', 'Missing parentheses: 1/1+np.exp(-x) is 1'),
        ('p044', 'For large x, np.exp(x) overflows to inf '),
        ('p044', 'The output layer is the softmax function'),
        ('p044', 'The biases are missing: each layer is a '),
        ('p044', 'The hidden layers skip the sigmoid.'),
        ('p046', 'Missing parentheses: 1/1+np.exp(-x) is 1'),
        ('p046', 'For large x, np.exp(x) overflows to inf '),
        ('p049', 'The output layer is the softmax function'),
        ('p049', 'The biases are missing: each layer is a '),
        ('p051', 'Sigmoid on the output layer: the output '),
        ('p051', 'The biases are missing: each layer is a '),
        ('p051', 'The hidden layers skip the sigmoid.'),
        ('p053', 'The output layer is the softmax function'),
        ('p053', 'The hidden layers skip the sigmoid.'),
        ('p057', 'It subtracts the minimum; subtract the l'),
        ('p061', 'Sigmoid on the output layer: the output '),
        ('p061', 'The biases are missing: each layer is a '),
        ('p061', 'The hidden layers skip the sigmoid.'),
        ('p062', 'It is always False: look in the imported'),
        ('p076', 'Softmax normalised over the wrong axis: '),
        ('p076', 'The output layer is the identity functio'),
        ('p076', 'The biases are missing: each layer is a '),
        ('p076', 'The hidden layers skip the sigmoid.'),
        ('p078', 'That is the plain mean of the channels: '),
        ('p078', 'The channel axis is missing: add one at '),
        ('p090', "It counts in steps of 1. range's third a"),
        ('p095', 'Those are the last five. The first five '),
        ('p097', 'The batches overlap: the start must jump'),
        ('p100', 'The accuracy is a fraction (0-1): give i'),
    },
    "ch04": {
        ('p102', 'The 1/2 is missing: the mean squared err'),
        ('p102', 'Divided by the number of classes (np.mea'),
        ('p105', 'Divided by the number of classes (np.mea'),
        ('p114', 'The point (3, 4) is written into the cod'),
        ('p115', 'You differentiated with respect to x0: k'),
        ('p119', 'Every step starts again from init_x: kee'),
        ('p120', 'The gradient is added (gradient ascent):'),
        ('p120', 'Every step starts again from init_x: kee'),
        ('p125', 'Softmax normalised over the wrong axis: '),
        ('p126', 'The arguments of cross_entropy_error are'),
    },
    "ch05": {
        ('p136', 'The tax is not applied: the apple-price '),
        ('p138', 'The multiplication node swaps its inputs'),
        ('p138', 'The addition node passes dout on to both'),
        ('p138', "That is the multiplication node's backwa"),
        ('p138', 'The tax is not applied: the last layer m'),
        ('p139', 'The multiplication node swaps its inputs'),
        ('p139', 'The addition node passes dout on to both'),
        ('p139', "That is the multiplication node's backwa"),
        ('p140', 'The mask is the wrong way round: let dou'),
        ('p141', 'The negative values are not set to 0: Re'),
        ('p142', 'It returns dout unchanged: where x <= 0 '),
        ('p143', 'dout is not multiplied in: by the chain '),
        ('p149', 'It sums every element: give axis=0 to ge'),
        ('p149', 'keepdims=True gives the shape (1, column'),
        ('p153', "It returns the first layer's output: the"),
        ('p154', 'dY is not out2: the problem takes the fo'),
        ('p155', 'ReLU is missing: pass out1 = layer_1.for'),
        ('p155', 'ReLU is applied after both layers: the o'),
        ('p156', 'Softmax normalised over the wrong axis: '),
        ('p156', 'Missing 1e-7 in the log: where y is 0, l'),
        ('p158', 'backward returns dout unchanged: where x'),
        ('p158', 'The mask is the wrong way round: let dou'),
        ('p158', 'The loss is not divided by the batch siz'),
        ('p158', 'Missing 1e-7 in the log: where y is 0, l'),
    },
    "ch06": {
        ('p170', 'dx = gamma * dout / std is not all: the '),
    },
    "ch07": {
        ('p177', 'The code only fits a 4 x 4 matrix and a '),
        ('p193', 'The channel axis was taken as the last o'),
        ('p202', 'That gathers row c of every channel (fil'),
        ('p207', "len(data) is the first axis' length (the"),
    },
}


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


def _allowed(table: dict[str, set[tuple[str, str]]], entry: tuple[str, str]) -> bool:
    return any(entry in entries for entries in table.values())


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
    allowed = _allowed(HINTS_NOT_ITS_OWN, (problem_id, path.stem))
    if allowed:
        assert shown != named, f"({problem_id!r}, {path.stem!r}) now gets its own hint only: remove it from HINTS_NOT_ITS_OWN"
    else:
        assert shown == named, f"hints shown: {shown}\nMistakes its expect: lines name: {named}\n\n{told}"


def _uncovered() -> list[tuple[str, str]]:
    found = []
    for problem in all_problems():
        expectations = [e for path in sorted((WRONG / problem.chapter / problem.module).glob("*.py")) for e in _expectations(path)]
        found += [(problem.id, says.en) for says in problem_mistakes(problem) if not any(_names(e, says) for e in expectations)]
    return found


def test_every_mistake_is_named_by_a_wrong_solution():
    """With the test above (a named Mistake must be shown), every declared Mistake is triggered by a wrong solution."""
    listed = {entry for entries in MISTAKES_WITHOUT_A_WRONG_SOLUTION.values() for entry in entries}
    uncovered = _uncovered()
    missing = [(pid, says) for pid, says in uncovered if not any(pid == p and says.startswith(s) for p, s in listed)]
    stale = [(p, s) for p, s in listed if not any(p == pid and says.startswith(s) for pid, says in uncovered)]
    assert not missing, "add a wrong solution whose expect: line names each of these Mistakes:\n" + "\n".join(map(str, missing))
    assert not stale, "these are named now: remove them from MISTAKES_WITHOUT_A_WRONG_SOLUTION:\n" + "\n".join(map(str, stale))


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
