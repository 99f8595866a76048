"""Checks shared by several problems of the course (one helper, every chapter)."""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Agrees, Check, Custom, Example, Fail, Holds, Mistake, Table, expect_equal, for_all, text

GATE_INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
GATES = {
    "AND": lambda a, b: int(a and b),
    "OR": lambda a, b: int(a or b),
    "NAND": lambda a, b: int(not (a and b)),
    "XOR": lambda a, b: int(a != b),
}


def gate_truth_table(name: str) -> Table:
    """The gate's whole truth table, with the classic mix-ups among gates named."""
    mistakes = [Mistake(text(f"{name} 대신 {other} 처럼 동작합니다. 가중치와 편향의 부호를 확인하세요.",
                             f"It behaves like {other}, not {name}. Check the signs of the weights and the bias."),
                        like=gate) for other, gate in GATES.items() if other != name]
    mistakes.append(Mistake(text("0/1 대신 True/False(비교 결과)를 돌려줍니다. int(...)로 바꾸세요.",
                                 "It returns True/False (a comparison) instead of 0/1. Convert with int(...)."),
                            when=lambda row, actual: isinstance(actual, bool) or type(actual).__name__ == "bool_"))
    return Table(name, {row: GATES[name](*row) for row in GATE_INPUTS},
                 title=text(f"{name} 진리표", f"the {name} truth table"), mistakes=mistakes)


# Small MNIST-format fixtures (made by fixtures/make_fixtures.py), served to the learner's load_mnist().
MNIST_FIXTURES = (
    "mnist/train-images-idx3-ubyte.gz",
    "mnist/train-labels-idx1-ubyte.gz",
    "mnist/t10k-images-idx3-ubyte.gz",
    "mnist/t10k-labels-idx1-ubyte.gz",
)
SAMPLE_WEIGHT_FIXTURE = "sample_weight.npz"  # 784-50-100-10 weights of the book's shape, made the same way
