import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import A4, A4_GIVEN, hard_coded, images, layout_value, same_values
from grader.spec import Problem

MISTAKES = (
    RETURNS_NONE,
    hard_coded(A4[:3, :3]),
    Mistake(text("한 칸 아래·오른쪽에서 시작했습니다: 파이썬의 인덱스는 0 부터이므로 왼쪽 위 창은 a[0:size, 0:size] (= a[:size, :size]) 입니다.",
                 "It starts one row and one column too far: Python counts from 0, so the top-left window is "
                 "a[0:size, 0:size] (= a[:size, :size])."),
            when=lambda args, actual: same_values(actual, args[0][1:args[1] + 1, 1:args[1] + 1])),
    Mistake(text("크기가 하나 틀렸습니다: 슬라이스 a[:n] 의 끝 n 은 포함되지 않으므로 a[:3] 이 0, 1, 2 의 세 줄입니다.",
                 "The size is off by one: the end of a slice a[:n] is excluded, so a[:3] is the three rows 0, 1, 2."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.ndim == 2
            and abs(actual.shape[0] - args[1]) == 1),
)

PROBLEM = Problem(
    id="p174", chapter="ch07", slug="top_left_window",
    title=text("4 x 4 행렬에서 왼쪽 위 3 x 3 행렬 추출", "The top-left 3 x 3 window of a 4 x 4 matrix"),
    statement=text("아래의 4 x 4 행렬에서 아래의 3 x 3 행렬만 추출하시오 "
                   "(행렬과 창의 크기 size 를 받아 왼쪽 위 size x size 행렬을 돌려주는 함수로 만드세요.)",
                   "Extract the 3 x 3 matrix below from the 4 x 4 matrix. (Write a function: it takes the matrix and "
                   "a window size and returns the top-left size x size matrix.)"),
    given=A4_GIVEN,
    example=">>> top_left_window(A, 3)\narray([[1, 2, 3],\n       [0, 1, 2],\n       [3, 0, 1]])",
    names=("top_left_window",),
    stub='''
import numpy as np


def top_left_window(a: np.ndarray, size: int) -> np.ndarray:
    """The size x size block at the top-left corner of a (rows 0..size-1, columns 0..size-1)."""
    raise NotImplementedError
''',
    checks=(
        Example("top_left_window", (A4, 3), A4[:3, :3], mistakes=MISTAKES),
        Holds("top_left_window", [images("p174"), layout_value("p174", "F")],
              lambda args, actual: expect_equal(actual, args[0][:args[1], :args[1]], what="a[:size, :size]"),
              title=text("다른 행렬과 창 크기", "other matrices and window sizes"), mistakes=MISTAKES),
    ),
    hints=(text("2차원 슬라이싱 a[행 범위, 열 범위]: a[0:3, 0:3] 은 0~2 행, 0~2 열입니다.",
                "2-D slicing a[rows, columns]: a[0:3, 0:3] is rows 0-2 and columns 0-2."),),
)
