import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("최댓값을 먼저 뺐습니다 (문제 58의 방법). 여기서는 그대로 e**a 를 계산해서 오버플로를 직접 보는 것이 목적입니다.",
                 "It subtracts the max first (problem 58's trick). Here compute plain e**a and see the overflow for yourself."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == np.shape(args[0])
            and np.allclose(actual, np.exp(np.asarray(args[0], float) - np.max(args[0])))),
)


def _exp(a: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):  # the overflow is the lesson; the grader need not warn about it
        return np.exp(a)


PROBLEM = Problem(
    id="p055", chapter="ch03", slug="exp_overflow",
    title=text("지수 함수의 오버플로", "exp overflows"),
    statement=text("아래의 리스트를 무리수 (자연상수)의 제곱으로 해서 계산한 값이 무엇인가?",
                   "What do you get by computing e to the power of each element of the list?"),
    given="a = np.array([1010, 1000, 990])",
    example=">>> exp_elements(np.array([1010, 1000, 990]))\narray([inf, inf, inf])  # RuntimeWarning: overflow",
    names=("exp_elements",),
    stub='''
import numpy as np


def exp_elements(a: np.ndarray) -> np.ndarray:
    """Return e to the power of every element of a (no tricks: the point is what happens to large numbers)."""
    raise NotImplementedError
''',
    checks=(
        Example("exp_elements", (np.array([1010, 1000, 990]),), np.array([np.inf, np.inf, np.inf]), mistakes=_MISTAKES),
        Holds("exp_elements", [hnp.arrays(np.int64, st.integers(1, 4), elements=st.integers(-800, 800))],
              lambda args, actual: expect_equal(actual, _exp(args[0])),
              title=text("작은 수와 큰 수 (±800)", "small and large numbers (up to ±800)"), mistakes=_MISTAKES),
    ),
    hints=(text("np.exp(a). float64가 나타낼 수 있는 가장 큰 수는 약 1.8e308 이고 e**710 이 이미 그보다 큽니다.",
                "np.exp(a). The largest float64 is about 1.8e308, and e**710 is already larger."),),
)
