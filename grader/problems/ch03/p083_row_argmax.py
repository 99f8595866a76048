import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import NOTES_PREDICTIONS_10
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("축이 틀렸습니다: axis=0 은 열마다의 최댓값 위치입니다. 행마다는 axis=1 입니다.",
                 "Wrong axis: axis=0 gives the position in each column. Row by row is axis=1."),
            like=lambda y: np.argmax(y, axis=0)),
    Mistake(text("axis를 주지 않아 배열 전체를 펼친 위치 하나만 나왔습니다. 행마다는 np.argmax(y, axis=1) 입니다.",
                 "Without axis, argmax gives one position in the flattened array. Row by row is np.argmax(y, axis=1)."),
            when=lambda args, actual: np.ndim(actual) == 0 and actual == np.argmax(args[0])),
)

PROBLEM = Problem(
    id="p083", chapter="ch03", slug="row_argmax",
    title=text("행마다 가장 큰 원소의 위치", "The position of the largest element in each row"),
    statement=text("위의 (10, 10) 행렬에서 각 행에서의 가장 큰 원소가 몇번째 있는지 출력하시오",
                   "For the (10, 10) matrix above, print the position of the largest element in each row."),
    given="y = np.array(x)  # 문제 82의 10x10 리스트 / the 10x10 list of problem 82",
    example=">>> row_argmax(y)\narray([0, 7, 7, 7, 2, 2, 2, 2, 2, 2])",
    names=("row_argmax",),
    stub='''
import numpy as np


def row_argmax(y: np.ndarray) -> np.ndarray:
    """Return, for every row of y, the column index of its largest element."""
    raise NotImplementedError
''',
    checks=(
        Example("row_argmax", (np.array(NOTES_PREDICTIONS_10),), np.array([0, 7, 7, 7, 2, 2, 2, 2, 2, 2]), mistakes=_MISTAKES),
        Holds("row_argmax", [hnp.arrays(np.int64, hnp.array_shapes(min_dims=2, max_dims=2, min_side=2, max_side=5),
                                        elements=st.integers(0, 9))],
              lambda args, actual: expect_equal(actual, np.argmax(args[0], axis=1)),
              title=text("정사각형이 아닌 행렬에서도", "non-square matrices too"), mistakes=_MISTAKES),
    ),
    hints=(text("np.argmax(y, axis=1): axis=1 은 열 방향으로 훑어 행마다 답 하나를 냅니다.",
                "np.argmax(y, axis=1): axis=1 runs along the columns and gives one answer per row."),),
)
