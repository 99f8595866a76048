import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

# The notes' answer prints np.exp(np.exp(res)), so its output [2.71828183 1.0000454 1.] is wrong;
# e to the powers [0, -10, -20] is [1.00000000e+00 4.53999298e-05 2.06115362e-09].
_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("np.exp를 두 번 적용했습니다 (강의 노트 답안의 실수): np.exp(np.exp(x)). 한 번만 적용하세요.",
                 "np.exp is applied twice (the slip in the notes' answer): np.exp(np.exp(x)). Apply it once."),
            like=lambda x: np.exp(np.exp(x))),
)

PROBLEM = Problem(
    id="p058", chapter="ch03", slug="exp_shifted",
    title=text("최댓값을 뺀 값의 지수", "e to the powers after subtracting the max"),
    statement=text("위의 [0 -10 -20] 을 자연상수 e의 제곱으로 해서 출력된 결과가 무엇인지 확인하시오",
                   "Check the result of raising e to the powers [0 -10 -20] from above."),
    given="a = np.array([1010, 1000, 990])\nres = a - np.max(a)  # [  0 -10 -20]",
    example=">>> exp_of(np.array([0, -10, -20]))\narray([1.00000000e+00, 4.53999298e-05, 2.06115362e-09])",
    names=("exp_of",),
    stub='''
import numpy as np


def exp_of(res: np.ndarray) -> np.ndarray:
    """Return e to the power of every element of res (all 0 or below: no overflow any more)."""
    raise NotImplementedError
''',
    checks=(
        Example("exp_of", (np.array([0, -10, -20]),), np.array([1.00000000e+00, 4.53999298e-05, 2.06115362e-09]),
                rtol=1e-8, mistakes=_MISTAKES),
        Holds("exp_of", [hnp.arrays(np.int64, st.integers(1, 4), elements=st.integers(-700, 0))],
              lambda args, actual: expect_equal(actual, np.exp(args[0]), rtol=1e-8),
              title=text("0 이하의 다른 지수들", "other powers, all 0 or below"), mistakes=_MISTAKES),
    ),
    hints=(text("np.exp(res). 결과는 모두 0과 1 사이이고 가장 큰 요소가 정확히 1 입니다.",
                "np.exp(res). Every result lies between 0 and 1, and the largest element becomes exactly 1."),),
)
