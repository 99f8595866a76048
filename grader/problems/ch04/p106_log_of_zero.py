import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, text
from grader.compare import expect_equal
from grader.spec import Problem

ADDED_DELTA = Mistake(text("작은 값(1e-7)을 더해서 -inf가 나오지 않습니다: 이 문제는 np.log(0) 그 자체의 값(-inf)을 보는 문제입니다. "
                           "delta는 다음 문제(교차 엔트로피)에서 씁니다.",
                           "A small value (1e-7) is added, so -inf never shows: this problem is about np.log(0) itself (-inf). "
                           "The delta belongs to the next problem (cross entropy)."),
                      like=lambda x: np.log(np.asarray(x) + 1e-7))


def _prop(args, actual):
    x = args[0]
    with np.errstate(divide="ignore"):
        expect_equal(actual, np.log(x), rtol=1e-9, atol=1e-12, what="np.log(x)")


PROBLEM = Problem(
    id="p106", chapter="ch04", slug="log_of_zero",
    title=text("0의 자연로그", "The natural logarithm of 0"),
    statement=text("밑수가 자연상수이고 진수가 0인 로그의 로그값은 얼마인지 출력하시오", "Print the natural logarithm of 0."),
    given="np.log(0)",
    example=">>> log_of(np.array([0.0, 1.0, np.e]))\narray([-inf,   0.,   1.])     # RuntimeWarning: divide by zero",
    names=("log_of",),
    stub='''
import numpy as np


def log_of(x: np.ndarray) -> np.ndarray:
    """The natural logarithm of every element of x; where x is 0 the answer is -inf (minus infinity).

    (math.log(0) raises ValueError instead: use NumPy.)
    """
    raise NotImplementedError
''',
    checks=(
        Example("log_of", (np.array([0.0, 1.0, np.e]),), np.array([-np.inf, 0.0, 1.0]), mistakes=[ADDED_DELTA]),
        Holds("log_of", (hnp.arrays(np.float64, st.integers(1, 6), elements=st.sampled_from([0.0, 0.5, 1.0, 2.0, 10.0])),), _prop,
              title=text("0이 섞인 배열: 0 → -inf, 나머지 → 자연로그", "arrays with zeros: 0 → -inf, the rest → the natural log"),
              mistakes=[ADDED_DELTA]),
    ),
    hints=(text("np.log(0)은 -inf 를 돌려주고 경고(RuntimeWarning)만 냅니다. 그래서 교차 엔트로피에서는 np.log(y + 1e-7)을 씁니다.",
                "np.log(0) returns -inf with only a warning (RuntimeWarning); that is why cross entropy uses np.log(y + 1e-7)."),),
)
