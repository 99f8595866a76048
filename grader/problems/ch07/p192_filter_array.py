import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import FILTER_ROWS, same_values
from grader.spec import Problem

ROWS = hnp.arrays(np.int64, st.tuples(st.integers(1, 3), st.sampled_from([1, 4, 9])), elements=st.integers(-1, 1)).map(np.ndarray.tolist)
MISTAKES = (
    RETURNS_NONE,
    Mistake(text("바깥 괄호 한 겹이 빠졌습니다 (C, 9): Filter 는 [[[ ... ]]] 세 겹이라 (1, 3, 9) 입니다: np.array([rows]).",
                 "One outer bracket is missing (C, 9): Filter has three levels [[[ ... ]]], so it is (1, 3, 9): np.array([rows])."),
            when=lambda args, actual: same_values(actual, np.array(args[0]))),
)

PROBLEM = Problem(
    id="p192", chapter="ch07", slug="filter_array",
    title=text("Filter 배열의 shape (1, 3, 9)", "The Filter array's shape (1, 3, 9)"),
    statement=text("아래의 numpy array의 행렬을 확인하시오 (노트의 괄호가 맞지 않아 바로잡았습니다. 채널마다 한 줄로 펼친 필터 rows "
                   "를 받아 바깥 괄호를 한 겹 더 씌운 (1, 채널, 9) 배열을 돌려주는 함수로 만드세요.)",
                   "Check the matrix of the NumPy array below. (The notes' brackets do not match; corrected here. "
                   "Write a function: it takes the filter's rows, one flattened row per channel, and returns them "
                   "wrapped in one more bracket, a (1, channels, 9) array.)"),
    given="Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],\n                    [-1, -1, 0, 0, -1, 1, 0, -1, 0],\n"
          "                    [-1, 1, 1, -1, 1, -1, 0, 0, -1]]])",
    example=">>> filter_array([[1, 1, -1, -1, 0, 0, 1, 1, 0], [-1, -1, 0, 0, -1, 1, 0, -1, 0], "
            "[-1, 1, 1, -1, 1, -1, 0, 0, -1]]).shape\n(1, 3, 9)",
    names=("filter_array",),
    stub='''
import numpy as np


def filter_array(rows: list) -> np.ndarray:
    """The list of per-channel rows wrapped in one more bracket: a (1, len(rows), len(rows[0])) array."""
    raise NotImplementedError
''',
    checks=(
        Example("filter_array", (FILTER_ROWS,), np.array([FILTER_ROWS]), mistakes=MISTAKES),
        Holds("filter_array", [ROWS], lambda args, actual: expect_equal(actual, np.array([args[0]]), what="np.array([rows])"),
              title=text("다른 필터", "other filters"), mistakes=MISTAKES),
    ),
    hints=(text("여는 괄호 [ 의 개수가 차원 수입니다: [[[ 는 3차원, 맨 바깥 축의 길이는 1.",
                "The number of opening brackets [ is the number of axes: [[[ is 3-D, the outermost axis has length 1."),),
)
