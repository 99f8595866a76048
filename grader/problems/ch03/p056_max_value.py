import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

# The notes' answer prints np.exp(a) instead of the maximum: the question asks for the largest value, 1010.
_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("np.exp(a)를 돌려줍니다 (강의 노트 답안의 실수). 문제는 가장 큰 값, np.max(a) 입니다.",
                 "It returns np.exp(a) (the slip in the notes' answer). The question asks for the largest value, np.max(a)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == np.shape(args[0])),
    Mistake(text("가장 큰 값의 위치(인덱스)를 돌려줍니다. 위치가 아니라 값, np.max(a) 입니다.",
                 "It returns the position (index) of the largest value. The value itself is asked: np.max(a)."),
            when=lambda args, actual: not isinstance(actual, np.ndarray) and actual == np.argmax(args[0])
            and actual != np.max(args[0])),
)

PROBLEM = Problem(
    id="p056", chapter="ch03", slug="max_value",
    title=text("가장 큰 값", "The largest value"),
    statement=text("아래의 리스트에서 가장 큰 값을 출력하시오", "Print the largest value in the list."),
    given="a = np.array([1010, 1000, 990])",
    example=">>> largest(np.array([1010, 1000, 990]))\n1010",
    names=("largest",),
    stub='''
import numpy as np


def largest(a: np.ndarray) -> int:
    """Return the largest element of a."""
    raise NotImplementedError
''',
    checks=(
        Example("largest", (np.array([1010, 1000, 990]),), 1010, mistakes=_MISTAKES),
        Holds("largest", [hnp.arrays(np.int64, st.integers(1, 6), elements=st.integers(-2000, 2000))],
              lambda args, actual: expect_equal(actual, int(np.max(args[0]))),
              title=text("다른 배열에서도 (음수 포함)", "other arrays too (negatives included)"), mistakes=_MISTAKES),
    ),
    hints=(text("np.max(a) 또는 a.max().", "np.max(a) or a.max()."),),
)
