import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import arrays
from grader.spec import Problem

FILTER = np.round(np.random.default_rng(218).random((10, 3, 25)), 4)
FILTERS = st.tuples(st.integers(2, 5), st.integers(1, 3), st.integers(1, 9)).flatmap(arrays)
ONE_PER_COLUMN = Mistake(text("reshape(-1, FN) 은 한 필터를 한 행으로 만들지 않습니다: 필터마다 한 행이 되려면 reshape(FN, -1) 입니다.",
                              "reshape(-1, FN) does not make one filter a row: for one row per filter use reshape(FN, -1)."),
                         when=lambda args, actual: any(_same(actual, wrong) for wrong in (
                             args[0].reshape(-1, args[0].shape[0]), args[0].reshape(-1, args[0].shape[0]).T)))


def _same(actual: object, expected: np.ndarray) -> bool:
    return isinstance(actual, np.ndarray) and actual.shape == expected.shape and np.allclose(actual, expected)

PROBLEM = Problem(
    id="p218", chapter="ch07", slug="filter_to_2d",
    title=text("3차원 필터를 2차원으로", "A 3-D filter into 2-D"),
    statement=text("아래의 3차원 행렬을 2차원 행렬로 변경하시오 (필터 (FN, C, K) 를 받아 필터마다 한 행인 (FN, C * K) 로 바꿔 돌려주세요.)",
                   "Change the 3-D matrix below into a 2-D matrix. (Take filters (FN, C, K) and return them as (FN, C * K), one "
                   "row per filter.)"),
    given="(10, 3, 25) → (10, 75)",
    example=">>> filter_to_2d(np.random.rand(10, 3, 25)).shape\n(10, 75)",
    names=("filter_to_2d",),
    stub='''
import numpy as np


def filter_to_2d(f: np.ndarray) -> np.ndarray:
    """(FN, C, K) -> (FN, C * K): one row per filter, its channels one after the other (reshape(FN, -1))."""
    raise NotImplementedError
''',
    checks=(
        Example("filter_to_2d", (FILTER,), FILTER.reshape(10, 75), mistakes=[ONE_PER_COLUMN],
                title=text("(10, 3, 25) → (10, 75)", "(10, 3, 25) → (10, 75)")),
        Holds("filter_to_2d", [FILTERS], lambda args, actual: expect_equal(actual, args[0].reshape(args[0].shape[0], -1),
                                                                           what="filter_to_2d(f)"),
              mistakes=[ONE_PER_COLUMN], title=text("무작위 크기: 필터마다 한 행", "generated sizes: one row per filter")),
    ),
    hints=(text("a.reshape(10, -1): 첫 축 (필터 수) 은 그대로 두고 나머지를 한 행으로 폅니다.",
                "a.reshape(10, -1): keep the first axis (the filters) and flatten the rest into one row."),),
)
