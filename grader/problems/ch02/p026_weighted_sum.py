import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Fail, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

# x and w of one length (2 to 5, shared within an example): the weighted sum works for any number of inputs.
_LENGTH = st.shared(st.integers(2, 5), key="p026-length")
INPUTS = _LENGTH.flatmap(lambda n: hnp.arrays(np.int64, n, elements=st.integers(0, 1)))
WEIGHTS = _LENGTH.flatmap(lambda n: hnp.arrays(np.float64, n, elements=st.floats(-2, 2, width=64)))

NOT_SUMMED = Mistake(text("곱 x * w 를 원소별로 구했지만 더하지 않았습니다: np.sum(x * w) 로 하나의 수를 돌려주세요.",
                          "The products x * w are there, but not added up: return one number, np.sum(x * w)."),
                     when=lambda args, actual: isinstance(actual, np.ndarray) and actual.size > 1)


def _is_weighted_sum(args: tuple, actual: object) -> None:
    x, w = args
    if isinstance(actual, np.ndarray) and actual.ndim > 0:
        raise Fail("type", text("배열이 아니라 하나의 수를 돌려주어야 합니다.", "It must return one number, not an array."),
                   expected=float(np.sum(x * w)), actual=actual)
    expect_equal(actual, float(np.sum(x * w)), what="weighted_sum(x, w)", dtype=None)


PROBLEM = Problem(
    id="p026", chapter="ch02", slug="weighted_sum",
    title=text("입력과 가중치의 곱의 합 (NumPy)", "The weighted sum with NumPy"),
    statement=text("아래의 식을 파이썬으로 구현하시오: x1 * w1 + x2 * w2 = ?",
                   "Implement x1*w1 + x2*w2 in Python."),
    given="x = np.array([0, 1])\nw = np.array([0.5, 0.5])",
    example=">>> weighted_sum(np.array([0, 1]), np.array([0.5, 0.5]))\n0.5",
    names=("weighted_sum",),
    stub='''
import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray) -> float:
    """x1*w1 + x2*w2 + ...: the element-wise products, added up (one number)."""
    raise NotImplementedError
''',
    checks=(
        Example("weighted_sum", (np.array([0, 1]), np.array([0.5, 0.5])), 0.5, dtype=None,
                mistakes=(NOT_SUMMED, RETURNS_NONE)),
        Holds("weighted_sum", [INPUTS, WEIGHTS], _is_weighted_sum,
              mistakes=(NOT_SUMMED, RETURNS_NONE),
              title=text("다른 길이와 값의 x, w", "x and w of other lengths and values")),
    ),
    hints=(text("x * w 는 원소별 곱 [x1*w1, x2*w2] 입니다. np.sum 으로 더하세요.",
                "x * w is the element-wise product [x1*w1, x2*w2]; add it up with np.sum."),),
)
