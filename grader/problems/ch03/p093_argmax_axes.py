import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

Y = np.array([[0.1, 0.8, 0.1], [0.3, 0.1, 0.6], [0.2, 0.5, 0.3], [0.8, 0.1, 0.1]])
_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("두 결과의 순서가 바뀌었습니다: axis=0 (열마다) 이 먼저, axis=1 (행마다) 이 나중입니다.",
                 "The two results are swapped: axis=0 (per column) first, then axis=1 (per row)."),
            like=lambda y: (np.argmax(y, axis=1), np.argmax(y, axis=0))),
)

PROBLEM = Problem(
    id="p093", chapter="ch03", slug="argmax_axes",
    title=text("argmax의 axis: 열마다와 행마다", "argmax along an axis: per column and per row"),
    statement=text("numpy의 argmax를 이용해서 아래의 행렬에서 행 중에 최대값 원소의 인덱스를 출력하시오",
                   "Using NumPy argmax, print the index of the maximum element of each row of the matrix below."),
    given="y = np.array([[0.1, 0.8, 0.1],\n              [0.3, 0.1, 0.6],\n              [0.2, 0.5, 0.3],\n              [0.8, 0.1, 0.1]])",
    example=">>> per_column, per_row = argmax_by_axis(y)\n>>> per_column  # 열 별 최대값 / per column (axis=0)\narray([3, 0, 1])\n"
            ">>> per_row     # 행 별 최대값 / per row (axis=1)\narray([1, 2, 1, 0])",
    names=("argmax_by_axis",),
    stub='''
import numpy as np


def argmax_by_axis(y: np.ndarray) -> tuple:
    """Return (the row index of each column's maximum, the column index of each row's maximum)."""
    raise NotImplementedError
''',
    checks=(
        Example("argmax_by_axis", (Y,), (np.array([3, 0, 1]), np.array([1, 2, 1, 0])), mistakes=_MISTAKES),
        Holds("argmax_by_axis", [hnp.arrays(np.int64, st.tuples(st.integers(2, 5), st.integers(2, 5)), elements=st.integers(0, 9))],
              lambda args, actual: expect_equal(actual, (np.argmax(args[0], axis=0), np.argmax(args[0], axis=1))),
              title=text("다른 크기의 행렬", "matrices of other sizes"), mistakes=_MISTAKES),
    ),
    hints=(text("np.argmax(y, axis=0) 는 행 방향으로 훑어 열마다, axis=1 은 열 방향으로 훑어 행마다 하나를 냅니다.",
                "np.argmax(y, axis=0) runs down the rows and gives one per column; axis=1 runs along a row and gives one per row."),),
)
