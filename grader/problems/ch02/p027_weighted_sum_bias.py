import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.ch02.p026_weighted_sum import INPUTS, NOT_SUMMED, WEIGHTS
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

MISTAKES = (
    Mistake(text("편향을 뺐습니다: 식은 b + x1*w1 + x2*w2 입니다 (b = -0.7 은 이미 음수입니다).",
                 "The bias is subtracted: the formula is b + x1*w1 + x2*w2 (b = -0.7 already carries its minus sign)."),
            like=lambda x, w, b: float(np.sum(x * w) - b)),
    Mistake(text("편향 b 를 더하지 않았습니다.", "The bias b is not added."),
            like=lambda x, w, b: float(np.sum(x * w))),
    NOT_SUMMED,
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p027", chapter="ch02", slug="weighted_sum_bias",
    title=text("편향을 더한 가중합", "The weighted sum plus a bias"),
    statement=text("위의 식에 책 52쪽에 나오는 편향을 더해 완성한 아래의 식을 파이썬으로 구현하시오: b + x1 * w1 + x2 * w2 = ?",
                   "Add the bias from page 52 of the book and implement b + x1*w1 + x2*w2 in Python."),
    given="x = np.array([0, 1])\nw = np.array([0.5, 0.5])\nb = -0.7",
    example=">>> weighted_sum_with_bias(np.array([0, 1]), np.array([0.5, 0.5]), -0.7)\n-0.19999999999999996",
    names=("weighted_sum_with_bias",),
    stub='''
import numpy as np


def weighted_sum_with_bias(x: np.ndarray, w: np.ndarray, b: float) -> float:
    """b + x1*w1 + x2*w2 + ... (one number)."""
    raise NotImplementedError
''',
    checks=(
        Example("weighted_sum_with_bias", (np.array([0, 1]), np.array([0.5, 0.5]), -0.7), -0.19999999999999996,
                dtype=None, mistakes=MISTAKES),
        Holds("weighted_sum_with_bias", [INPUTS, WEIGHTS, st.floats(-2, 2, width=64).filter(lambda b: abs(b) > 0.01)],
              lambda args, actual: expect_equal(actual, float(np.sum(args[0] * args[1]) + args[2]), dtype=None,
                                                what="weighted_sum_with_bias(x, w, b)"),
              mistakes=MISTAKES, title=text("다른 x, w, b", "other x, w and b")),
    ),
    hints=(text("p026 의 np.sum(x * w) 에 b 를 더하세요.", "Add b to p026's np.sum(x * w)."),),
)
