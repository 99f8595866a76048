import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("거꾸로 뺐습니다 (최댓값 - a). a - np.max(a) 여야 결과가 모두 0 이하가 됩니다.",
                 "Subtracted the wrong way round (max - a). a - np.max(a) makes every result 0 or below."),
            like=lambda a: np.max(a) - a),
    Mistake(text("최솟값을 뺐습니다. 가장 큰 값을 빼야 합니다 (np.max).", "It subtracts the minimum; subtract the largest value (np.max)."),
            like=lambda a: a - np.min(a)),
)

PROBLEM = Problem(
    id="p057", chapter="ch03", slug="subtract_max",
    title=text("각 요소에서 최댓값 빼기", "Subtract the largest value from every element"),
    statement=text("아래의 리스트에서 각 요소를 아래의 리스트에서 가장 큰 값으로 뺀 값이 얼마인지 출력하시오",
                   "Print each element of the list minus the largest value in the list."),
    given="a = np.array([1010, 1000, 990])",
    example=">>> minus_max(np.array([1010, 1000, 990]))\narray([  0, -10, -20])",
    names=("minus_max",),
    stub='''
import numpy as np


def minus_max(a: np.ndarray) -> np.ndarray:
    """Return a - (the largest element of a): every result is 0 or negative."""
    raise NotImplementedError
''',
    checks=(
        Example("minus_max", (np.array([1010, 1000, 990]),), np.array([0, -10, -20]), mistakes=_MISTAKES),
        Holds("minus_max", [hnp.arrays(np.int64, st.integers(2, 6), elements=st.integers(-2000, 2000))],
              lambda args, actual: expect_equal(actual, args[0] - np.max(args[0])),
              title=text("다른 배열에서도", "other arrays too"), mistakes=_MISTAKES),
    ),
    hints=(text("배열 - 스칼라는 모든 요소에서 뺍니다: a - np.max(a).", "array - scalar subtracts from every element: a - np.max(a)."),),
)
