import numbers

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Fail, Holds, Mistake, expect_equal, text
from grader.problems.basics import SMALL_INTS
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

MEAN_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("평균이 아니라 중앙값(median)입니다: 가운데 값이 아니라 합 ÷ 개수입니다.",
                 "That is the median, not the mean: the mean is the sum divided by the count."), like=np.median),
    Mistake(text("정수 나눗셈(//)으로 소수점 아래를 버렸습니다. / 로 나누세요.",
                 "Integer division (//) dropped the decimals. Divide with /."), like=lambda a: int(np.sum(a) // len(a))),
)


def _times_count_is_sum(args: tuple, actual: object) -> None:
    """The mean times the count is the sum: a property, not a second implementation."""
    (a,) = args
    if isinstance(actual, (bool, np.bool_)) or not isinstance(actual, numbers.Real):
        raise Fail("type", text("숫자 하나를 돌려주세요.", "Return a single number."), expected=float(np.mean(a)))
    expect_equal(float(actual) * len(a), float(np.sum(a)), what="mean × count", dtype=None)


PROBLEM = Problem(
    id="p003", chapter="ch01", slug="mean",
    title=text("배열 원소의 평균", "The mean of an array"),
    statement=text("아래의 배열의 원소들의 평균값을 출력하시오. (출력 대신 돌려주세요.)",
                   "Print the mean of the elements of the given array. (Return it instead of printing.)"),
    given="a = np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21])",
    example=">>> mean_of(np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21]))\n8.6",
    names=("mean_of",),
    stub='''
import numpy as np


def mean_of(a: np.ndarray) -> float:
    """Return the mean (average) of the elements of a."""
    raise NotImplementedError
''',
    checks=(
        Example("mean_of", (np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21]),), 8.6, mistakes=MEAN_MISTAKES),
        Holds("mean_of", [hnp.arrays(np.int64, st.integers(1, 12), elements=SMALL_INTS)], _times_count_is_sum,
              title=text("다른 배열에서도 평균 × 개수 = 합", "other arrays: mean × count = sum"), mistakes=MEAN_MISTAKES),
    ),
    hints=(text("np.mean(a) 또는 a.mean() 을 쓰세요.", "Use np.mean(a) or a.mean()."),),
)
