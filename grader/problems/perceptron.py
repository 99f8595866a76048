"""Chapter 2: logic gates and the notes' perceptron (inputs and weights as dictionaries)."""
from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Check,
    Custom,
    Fail,
    Holds,
    Mistake,
    Table,
    expect_equal,
    text,
)
from grader.spec import Text

GATE_INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
GATES = {
    "AND": lambda a, b: int(a and b),
    "OR": lambda a, b: int(a or b),
    "NAND": lambda a, b: int(not (a and b)),
    "XOR": lambda a, b: int(a != b),
}


def gate_truth_table(name: str) -> Table:
    """The gate's whole truth table, with the classic mix-ups among gates named: another gate's weights or bias.

    A single perceptron cannot compute XOR, so only XOR (built of two layers) can be mistaken for it; True/False in
    place of 0/1 is named by the comparison itself.
    """
    mistakes = [Mistake(text(f"'{name}' 대신 '{other}' 처럼 동작합니다. 가중치와 편향의 부호를 확인하세요.",
                             f"It behaves like {other}, not {name}. Check the signs of the weights and the bias."),
                        like=gate) for other, gate in GATES.items() if other not in (name, "XOR")]
    return Table(name, {row: GATES[name](*row) for row in GATE_INPUTS},
                 title=text(f"{name} 진리표", f"the {name} truth table"), mistakes=mistakes)

# -- chapter 2: the notes' perceptron, with inputs and weights as dictionaries ----------------------
# An input is {'x0': -1, 'x1': .., 'x2': .., 't': target}; x0 = -1 makes w0 the threshold.

PERCEPTRON_INPUTS = [{"x0": -1, "x1": 0, "x2": 0, "t": 0}, {"x0": -1, "x1": 0, "x2": 1, "t": 0},
                     {"x0": -1, "x1": 1, "x2": 0, "t": 0}, {"x0": -1, "x1": 1, "x2": 1, "t": 1}]  # AND
PERCEPTRON_WEIGHTS = {"w0": 0.3, "w1": 0.4, "w2": 0.1}
PERCEPTRON_GIVEN = "\n".join([*(f"input{i}_dic = {d}" for i, d in enumerate(PERCEPTRON_INPUTS, 1)),
                              f"w_dic = {PERCEPTRON_WEIGHTS}"])  # the problems' `given`, as the notes write it

# Weights and learning rates on a 1/16 grid: every sum is exact, so a sum of exactly 0 (which fires) never
# becomes -1e-17 by rounding, and every correct implementation follows the same trajectory.
_SIXTEENTHS = st.integers(-16, 16).map(lambda n: n / 16)
perceptron_weights = st.fixed_dictionaries({"w0": _SIXTEENTHS, "w1": _SIXTEENTHS, "w2": _SIXTEENTHS})
perceptron_input = st.fixed_dictionaries({"x0": st.just(-1), "x1": st.integers(-2, 3), "x2": st.integers(-2, 3),
                                          "t": st.integers(0, 1)})
learning_rates = st.sampled_from([1 / 16, 1 / 8, 1 / 4, 1 / 2])


def _gate_data(name: str, rows: list[tuple[int, int]]) -> list[dict[str, int]]:
    return [{"x0": -1, "x1": a, "x2": b, "t": GATES[name](a, b)} for a, b in rows]


# A linearly separable gate (XOR is not), its four rows in any order: the perceptron rule converges on it.
perceptron_data = st.tuples(st.sampled_from(["AND", "OR", "NAND"]), st.permutations(GATE_INPUTS)).map(
    lambda drawn: _gate_data(*drawn))


def perceptron_k(input_dic: dict, w_dic: dict, terms: range = range(3)) -> float:
    """k = x0*w0 + x1*w1 + x2*w2 (or only the given terms: the mistakes leave some out)."""
    return sum(input_dic[f"x{i}"] * w_dic[f"w{i}"] for i in terms)


def perceptron_classifies(inputs: list[dict], w_dic: Any) -> Text | None:
    """None when the weights give every input its target with the notes' step (k >= 0 fires), else a complaint."""
    if type(w_dic) is not dict or set(w_dic) != {"w0", "w1", "w2"}:
        raise Fail("type", text("가중치는 {'w0': .., 'w1': .., 'w2': ..} 딕셔너리로 돌려주세요.",
                                "Return the weights as a dict {'w0': .., 'w1': .., 'w2': ..}."), actual=w_dic)
    wrong = [d for d in inputs if int(perceptron_k(d, w_dic) >= 0) != d["t"]]
    if wrong:
        return text(f"이 가중치는 {len(wrong)}개의 입력을 틀리게 분류합니다 (예: {wrong[0]}). 오차가 없을 때까지 학습해야 합니다.",
                    f"These weights misclassify {len(wrong)} input(s) (e.g. {wrong[0]}). Train until no input has an error.")
    return None


# -- chapter 2: gates applied to every row of the notes' inputData ---------------------------------

INPUT_DATA = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])


def gate_rows_checks(gate: str, rows_name: str) -> tuple[Check, ...]:
    """`rows_name(input_data)` returns [(x1, x2, y), ...], y = gate(x1, x2), for every row: what the notes
    print as `[x1 x2] ==> y`. Checked on the notes' inputData and on generated ones (other rows, other order)."""

    def rows_are_right(args: tuple, actual: Any) -> None:
        data = args[0]
        if not isinstance(actual, list) or any(not isinstance(row, (tuple, list)) or len(row) != 3 for row in actual):
            raise Fail("type", text(f"{rows_name}는 (x1, x2, y) 튜플의 리스트를 돌려주어야 합니다 (y만 모은 리스트가 아니라).",
                                    f"{rows_name} must return a list of (x1, x2, y) tuples (not only the outputs y)."),
                       expected=[(int(a), int(b), GATES[gate](a, b)) for a, b in data], actual=actual)
        expect_equal(actual, [(int(a), int(b), GATES[gate](a, b)) for a, b in data], what=f"{rows_name}(inputData)")

    def on_notes_data(ctx: Any) -> None:
        try:
            rows_are_right((INPUT_DATA,), ctx.call(rows_name, INPUT_DATA))
        except Fail as error:
            error.input = (INPUT_DATA,)
            raise
        ctx.refuse_changed_inputs()

    generated = hnp.arrays(np.int64, st.tuples(st.integers(1, 6), st.just(2)), elements=st.integers(0, 1))
    return (
        gate_truth_table(gate),
        Custom(on_notes_data, title=text(f"{rows_name}(inputData): 노트의 4개 행", f"{rows_name}(inputData): the notes' four rows")),
        Holds(rows_name, [generated], rows_are_right,
              title=text("다른 행, 다른 순서의 inputData", "other inputData: other rows, other order")),
    )
