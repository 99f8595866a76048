import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import A4, A4_GIVEN, FIXED_SIZE, OFF_BY_ONE, TRANSPOSED, images, layout_value, windows
from grader.spec import Problem


def _sums(a: np.ndarray, size: int) -> np.ndarray:
    return windows(a, size, size).sum(axis=(-2, -1))  # (OH, OW): one sum per window


B = np.arange(20).reshape(5, 4) % 7  # not square, and not the notes' size
MISTAKES = (
    RETURNS_NONE,
    Mistake(OFF_BY_ONE, like=lambda a, size: _sums(a, size)[:-1, :-1].ravel().tolist()),
    Mistake(TRANSPOSED, like=lambda a, size: _sums(a, size).T.ravel().tolist()),
    Mistake(FIXED_SIZE, like=lambda a, size: [int(a[i:i + 3, j:j + 3].sum())
                                              for i in range(len(a[0]) - 2) for j in range(len(a) - 2)]),
)

PROBLEM = Problem(
    id="p176", chapter="ch07", slug="window_sums",
    title=text("모든 3 x 3 창의 합", "The sum of every 3 x 3 window"),
    statement=text("아래의 4 x 4 행렬에서 아래의 결과를 출력하시오 "
                   "(행렬과 창의 크기 size 를 받아, 한 칸씩 옮겨 가며 모든 size x size 창의 합을 왼쪽→오른쪽, 위→아래 "
                   "순서의 리스트로 돌려주는 함수로 만드세요.)",
                   "From the 4 x 4 matrix below output the result shown (sums of all 3 x 3 windows). (Write a "
                   "function: it takes the matrix and a window size, and returns the sums of every size x size window, "
                   "moving one step at a time, as a list: left to right, then top to bottom.)"),
    given=A4_GIVEN,
    example=">>> window_sums(A, 3)\n[13, 14, 12, 13]",
    names=("window_sums",),
    stub='''
import numpy as np


def window_sums(a: np.ndarray, size: int) -> list:
    """Slide a size x size window over a, one step at a time; the list of each window's sum, row by row."""
    raise NotImplementedError
''',
    checks=(
        Example("window_sums", (A4, 3), [13, 14, 12, 13], mistakes=MISTAKES),
        Example("window_sums", (B, 2), _sums(B, 2).ravel().tolist(), mistakes=MISTAKES,
                title=text("5 x 4 행렬의 2 x 2 창", "the 2 x 2 windows of a 5 x 4 matrix")),
        Holds("window_sums", [images("p176"), layout_value("p176", "F")],
              lambda args, actual: expect_equal(actual, _sums(*args).ravel().tolist(), what="window sums"),
              title=text("다른 크기의 행렬과 창", "matrices and windows of other sizes"), mistakes=MISTAKES),
    ),
    hints=(text("한 줄에 들어가는 창은 (N - size) + 1 개입니다: for i in range(len(a) - size + 1) 로 행을, 그 안에서 열을 도세요.",
                "(N - size) + 1 windows fit in a row: loop for i in range(len(a) - size + 1) over the rows, and inside it over the columns."),),
)
