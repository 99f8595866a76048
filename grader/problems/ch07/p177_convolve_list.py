import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.convolution import (
    A4, A4_GIVEN, FIXED_SIZE, FLIPPED, KERNEL, KERNEL_GIVEN, OFF_BY_ONE, SQUARE_ONLY, TRANSPOSED, correlate, filters, flipped, images,
    same_values, windows,
)
from grader.spec import Problem


def _fixed_sizes(a: np.ndarray, k: np.ndarray) -> list[list]:
    """What code written for the 4 x 4 matrix and the 3 x 3 filter gives: 3 x 3 windows, as many as
    range(len(a) - 2) (or range(2)) counts, where the filter fits them."""
    found = []
    for rows, cols in {(len(a) - 2, len(a) - 2), (len(a) - 2, len(a[0]) - 2), (2, 2)}:
        try:
            found.append([np.sum(a[i:i + 3, j:j + 3] * k) for i in range(rows) for j in range(cols)])
        except ValueError:  # a filter that does not fit a 3 x 3 window: that code stops with an error
            pass
    return found


MISTAKES = (
    RETURNS_NONE,
    Mistake(FLIPPED, like=lambda a, k: correlate(a, flipped(k)).ravel().tolist()),
    Mistake(TRANSPOSED, like=lambda a, k: correlate(a, k).T.ravel().tolist()),
    Mistake(OFF_BY_ONE, like=lambda a, k: correlate(a, k)[:-1, :-1].ravel().tolist()),
    Mistake(text("필터를 곱하지 않고 창의 합만 구했습니다 (문제 176): 창 * filter 의 합입니다.",
                 "The window sums without the filter (problem 176): sum window * filter."),
            like=lambda a, k: windows(a, *k.shape).sum(axis=(-2, -1)).ravel().tolist()),
    Mistake(SQUARE_ONLY, like=lambda a, k: [np.sum(a[i:i + len(k), j:j + len(k)] * k)
                                            for i in range(len(a) - len(k) + 1) for j in range(len(a) - len(k) + 1)]),
    Mistake(FIXED_SIZE, when=lambda args, actual: any(same_values(actual, fixed) for fixed in _fixed_sizes(*args))),
)

# A 3 x 3 window times the 2 x 2 filter: the window's size was fixed for the 3 x 3 filter.
WINDOW_FIXED_AT_3 = (("shapes (3,3) (2,2)", FIXED_SIZE),)

PROBLEM = Problem(
    id="p177", chapter="ch07", slug="convolve_list",
    title=text("합성곱: 모든 창에 필터 적용", "Convolution: the filter on every window"),
    statement=text("아래의 합성곱을 파이썬으로 구현하시오 (행렬과 필터를 받아, 필터 크기의 창을 한 칸씩 옮기며 "
                   "창 * 필터의 합을 왼쪽→오른쪽, 위→아래 순서의 리스트로 돌려주는 함수로 만드세요.)",
                   "Implement the convolution below in Python. (Write a function: it takes the matrix and the filter, "
                   "slides a filter-sized window one step at a time, and returns the sums of window * filter as a "
                   "list: left to right, then top to bottom.)"),
    given=A4_GIVEN + "\n" + KERNEL_GIVEN,
    example=">>> convolve_list(A, filter)\n[15, 16, 6, 15]",
    names=("convolve_list",),
    stub='''
import numpy as np


def convolve_list(a: np.ndarray, kernel: np.ndarray) -> list:
    """For every kernel-sized window of a (stride 1), the sum of window * kernel; a list, row by row."""
    raise NotImplementedError
''',
    checks=(
        Example("convolve_list", (A4, KERNEL), [15, 16, 6, 15], mistakes=MISTAKES),
        explain_errors(Example("convolve_list", (A4, np.array([[1, 0], [0, -1]])),
                               correlate(A4, np.array([[1, 0], [0, -1]])).ravel().tolist(),
                               mistakes=MISTAKES, title=text("2 x 2 필터: 9 개의 창", "a 2 x 2 filter: 9 windows")),
                       WINDOW_FIXED_AT_3),
        Holds("convolve_list", [images("p177"), filters("p177")],
              lambda args, actual: expect_equal(actual, correlate(*args).ravel().tolist(), what="convolution"),
              title=text("다른 크기의 행렬과 필터 (정사각형이 아닌 것도)", "matrices and filters of other sizes (not only square)"),
              mistakes=MISTAKES),
    ),
    hints=(text("창의 개수: 세로 len(a) - FH + 1, 가로 len(a[0]) - FW + 1. 각 창에서 np.sum(a[i:i+FH, j:j+FW] * kernel).",
                "The number of windows: len(a) - FH + 1 down, len(a[0]) - FW + 1 across. For each, np.sum(a[i:i+FH, j:j+FW] * kernel)."),
           text("책의 합성곱은 필터를 뒤집지 않습니다: 창과 필터의 같은 자리끼리 곱합니다.",
                "The book's convolution does not flip the filter: multiply the window and the filter position by position.")),
)
