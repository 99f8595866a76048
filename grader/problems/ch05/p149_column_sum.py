import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

MATRICES = hnp.arrays(np.int64, hnp.array_shapes(min_dims=2, max_dims=2, min_side=2, max_side=5), elements=st.integers(-9, 9))
MISTAKES = (
    Mistake(text("행을 더했습니다 (axis=1): 열마다 더하려면 axis=0, 위에서 아래로 더합니다.",
                 "It sums the rows (axis=1): to sum each column, use axis=0 (down the rows)."),
            when=lambda args, actual: np.shape(actual) == (args[0].shape[0],) and np.array_equal(actual, args[0].sum(axis=1))),
    Mistake(text("모든 요소를 더했습니다: axis=0 을 주면 열마다의 합이 됩니다.",
                 "It sums every element: give axis=0 to get one sum per column."),
            when=lambda args, actual: np.ndim(actual) == 0 and actual == args[0].sum()),
    Mistake(text("keepdims=True로 (1, 열 수) 형상이 되었습니다: db는 b의 한 행과 같은 1차원 (열 수,) 입니다.",
                 "keepdims=True gives the shape (1, columns): db is 1-D, (columns,), like one row of b."),
            when=lambda args, actual: np.shape(actual) == (1, args[0].shape[1])),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p149", chapter="ch05", slug="column_sum",
    title=text("열마다의 합", "The column sums"),
    statement=text("아래의 행렬의 열을 더한 결과를 아래와 같이 출력하시오", "Print the column sums of the matrix below as shown."),
    given="b = np.array([[1, 1, 1], [2, 2, 2]])    # (2, 3)",
    example=">>> column_sum(np.array([[1, 1, 1], [2, 2, 2]]))\narray([3, 3, 3])",
    names=("column_sum",),
    stub='''
import numpy as np


def column_sum(b: np.ndarray) -> np.ndarray:
    """The sum of every column of b (down the rows), as a 1-D array."""
    raise NotImplementedError
''',
    checks=(
        Example("column_sum", (np.array([[1, 1, 1], [2, 2, 2]]),), np.array([3, 3, 3]), mistakes=MISTAKES),
        Holds("column_sum", [MATRICES], lambda args, actual: expect_equal(actual, args[0].sum(axis=0), what="column_sum(b)"),
              mistakes=MISTAKES, title=text("다른 크기의 정수 행렬", "integer matrices of other sizes")),
    ),
    hints=(text("np.sum(b, axis=0): axis=0 은 첫 번째 축(행들)을 따라 더해 없앱니다.",
                "np.sum(b, axis=0): axis=0 sums along the first axis (over the rows) and removes it."),),
)
