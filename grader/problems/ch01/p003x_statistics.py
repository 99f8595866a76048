import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import SMALL_INTS
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

ORDER = "(mean, median, max, min, std, var)"


def _population(a: np.ndarray) -> tuple:
    return (float(np.mean(a)), float(np.median(a)), int(np.max(a)), int(np.min(a)), float(np.std(a)), float(np.var(a)))


def _sample(a: np.ndarray) -> tuple:
    """What pandas' .std() / .var() give by default: divided by n - 1 (ddof=1)."""
    return (*_population(a)[:4], float(np.std(a, ddof=1)), float(np.var(a, ddof=1)))


STAT_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("표준편차·분산을 n-1 로 나누었습니다 (표본, ddof=1: pandas 의 기본값). np.std / np.var 처럼 n 으로 나누세요.",
                 "The std and var are divided by n - 1 (sample, ddof=1: the pandas default). Divide by n, as np.std / np.var do."),
            like=_sample),
    Mistake(text("분산 자리에 표준편차를 두었습니다 (또는 반대로). 분산 = 표준편차².",
                 "The std and the var are swapped. var = std²."),
            like=lambda a: (*_population(a)[:4], float(np.var(a)), float(np.std(a)))),
)

PROBLEM = Problem(
    id="p003x", chapter="ch01", slug="statistics",
    title=text("추가문제: 평균, 중앙값, 최댓값, 최솟값, 표준편차, 분산", "Extra: mean, median, max, min, std, var"),
    statement=text("추가문제) 같은 배열의 평균, 중앙값, 최댓값, 최솟값, 표준편차, 분산을 출력하시오. "
                   f"(출력 대신 이 순서의 튜플로 돌려주세요: {ORDER}.)",
                   "(Extra problem) For the same array print mean, median, max, min, standard deviation and variance. "
                   f"(Return them as a tuple in this order instead: {ORDER}.)"),
    given="a = np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21])",
    example=">>> statistics(np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21]))\n(8.6, 6.0, 21, 1, 6.437390775772433, 41.44)",
    names=("statistics",),
    stub=f'''
import numpy as np


def statistics(a: np.ndarray) -> tuple:
    """Return the tuple {ORDER} of the elements of a."""
    raise NotImplementedError
''',
    checks=(
        Example("statistics", (np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21]),), (8.6, 6.0, 21, 1, 6.437390775772433, 41.44),
                mistakes=STAT_MISTAKES),
        Holds("statistics", [hnp.arrays(np.int64, st.integers(2, 12), elements=SMALL_INTS)],
              lambda args, actual: expect_equal(actual, _population(args[0]), what=f"statistics {ORDER}"),
              title=text("다른 배열에서도 여섯 통계량", "other arrays: the six statistics"), mistakes=STAT_MISTAKES),
    ),
    hints=(text("NumPy 의 std / var 는 n 으로 나눕니다 (모표준편차). 표본 표준편차(n-1)는 ddof=1 이 필요하지만 여기선 쓰지 않습니다.",
                "NumPy's std / var divide by n (population). The sample version (n - 1) needs ddof=1; not wanted here."),
           text("np.mean, np.median, np.max, np.min, np.std, np.var 를 차례로 부르고 return (..., ...) 로 묶으세요.",
                "Call np.mean, np.median, np.max, np.min, np.std and np.var, and return them together: return (..., ...).")),
)
