import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import UNSHIFTED_EXP
from grader.spec import Problem

_MISTAKES = (
    UNSHIFTED_EXP,
    RETURNS_NONE,
    Mistake(text("분모까지 나누었습니다. 이 문제는 분자 exp(a - max(a)) 만 돌려줍니다 (분모는 문제 60).",
                 "It divides by the denominator too. This problem returns only the numerator exp(a - max(a)) (the denominator is problem 60)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == np.shape(args[0])
            and np.allclose(actual.sum(), 1) and not np.allclose(np.exp(args[0] - np.max(args[0])).sum(), 1)),
)


def _numerator(a: np.ndarray) -> np.ndarray:
    return np.exp(a - np.max(a))


PROBLEM = Problem(
    id="p059", chapter="ch03", slug="softmax_numerator",
    title=text("소프트맥스의 분자", "The numerator of softmax"),
    statement=text("위의 코드를 이용해서 softmax 함수를 생성하기 위한 분자식을 구현하시오",
                   "Using the code above, implement the numerator of the softmax function."),
    given="a = np.array([1010, 1000, 990])",
    example=">>> softmax_numerator(np.array([1010, 1000, 990]))\narray([1.00000000e+00, 4.53999298e-05, 2.06115362e-09])",
    names=("softmax_numerator",),
    stub='''
import numpy as np


def softmax_numerator(a: np.ndarray) -> np.ndarray:
    """Return exp(a - max(a)): softmax's numerator, shifted so that exp cannot overflow."""
    raise NotImplementedError
''',
    checks=(
        Example("softmax_numerator", (np.array([1010, 1000, 990]),),
                np.array([1.00000000e+00, 4.53999298e-05, 2.06115362e-09]), rtol=1e-8, mistakes=_MISTAKES),
        Holds("softmax_numerator", [hnp.arrays(np.float64, st.integers(2, 5), elements=st.floats(-1000, 1000, width=64))],
              lambda args, actual: expect_equal(actual, _numerator(args[0]), rtol=1e-8),
              title=text("크고 작은 다른 입력 (±1000)", "other inputs, large and small (±1000)"), mistakes=_MISTAKES),
    ),
    hints=(text("문제 57과 58을 잇습니다: c = np.max(a); return np.exp(a - c).",
                "Chain problems 57 and 58: c = np.max(a); return np.exp(a - c)."),),
)
