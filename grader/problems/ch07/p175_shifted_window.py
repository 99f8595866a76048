import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import A4, A4_GIVEN, images, layout_value, same_values
from grader.spec import Problem


def _window(a: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    return a[row:row + size, col:col + size]


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("행과 열을 바꿔 썼습니다: a[행, 열] 이므로 오른쪽으로 한 칸 옮긴 창은 a[row:row+size, col:col+size] 입니다 "
                 "(col 이 두 번째 인덱스).",
                 "Row and column are swapped: it is a[row, column], so the window moved one column right is "
                 "a[row:row+size, col:col+size] (col is the second index)."),
            when=lambda args, actual: same_values(actual, _window(args[0], args[2], args[1], args[3]))),
    Mistake(text("창의 끝이 틀렸습니다: 시작이 col 이면 끝은 col + size 입니다 (a[:, 1:3] 은 두 열뿐입니다).",
                 "The window's end is wrong: starting at col it ends at col + size (a[:, 1:3] is only two columns)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.ndim == 2 and actual.shape != (args[3], args[3])),
)

PROBLEM = Problem(
    id="p175", chapter="ch07", slug="shifted_window",
    title=text("한 칸 옮긴 3 x 3 창", "The 3 x 3 window moved one column right"),
    statement=text("아래의 행렬에서 아래의 결과 행렬을 출력하시오 "
                   "(행렬, 창의 왼쪽 위 위치 row, col 과 크기 size 를 받아 그 창을 돌려주는 함수로 만드세요.)",
                   "From the matrix below output the result matrix shown (the 3 x 3 window shifted one column right). "
                   "(Write a function: it takes the matrix, the window's top-left position row, col and its size, "
                   "and returns that window.)"),
    given=A4_GIVEN,
    example=">>> window(A, 0, 1, 3)\narray([[2, 3, 0],\n       [1, 2, 3],\n       [0, 1, 2]])",
    names=("window",),
    stub='''
import numpy as np


def window(a: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    """The size x size block of a whose top-left element is a[row, col]."""
    raise NotImplementedError
''',
    checks=(
        Example("window", (A4, 0, 1, 3), np.array([[2, 3, 0], [1, 2, 3], [0, 1, 2]]), mistakes=MISTAKES),
        Example("window", (A4, 1, 0, 3), np.array([[0, 1, 2], [3, 0, 1], [2, 3, 0]]), mistakes=MISTAKES,
                title=text("한 칸 아래로 옮긴 창", "the window moved one row down")),
        Holds("window", [images("p175"), layout_value("p175", "i"), layout_value("p175", "j"), layout_value("p175", "F")],
              lambda args, actual: expect_equal(actual, _window(*args), what="a[row:row+size, col:col+size]"),
              title=text("다른 행렬, 위치, 크기", "other matrices, positions and sizes"), mistakes=MISTAKES),
    ),
    hints=(text("오른쪽으로 한 칸 옮기면 열의 범위만 1 늘어납니다: A[0:3, 1:4].",
                "Moving one column right shifts only the column range by 1: A[0:3, 1:4]."),),
)
