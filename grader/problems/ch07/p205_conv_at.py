import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import (
    DATA_PAD, DATA_PAD_GIVEN, FILTER, FILTER_GIVEN, FLIPPED, correlate, filters, flipped, images, layout_value, same_values,
)
from grader.spec import Problem

KEY = dict(channels=True, strided=True)


def _at(x: np.ndarray, w: np.ndarray, row: int, col: int, s: int) -> float:
    return correlate(x, w, stride=s)[row, col]


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("스트라이드를 곱하지 않았습니다: 출력 (row, col) 의 창은 입력의 (row * S, col * S) 에서 시작합니다.",
                 "The stride is not applied: the window of output (row, col) starts at (row * S, col * S) of the input."),
            when=lambda args, actual: args[4] > 1 and (args[2] or args[3])
            and same_values(actual, np.sum(args[0][:, args[2]:args[2] + args[1].shape[1], args[3]:args[3] + args[1].shape[2]] * args[1]))),
    Mistake(text("행과 열을 바꿔 썼습니다: 창은 x[:, row*S : row*S + FH, col*S : col*S + FW] 입니다.",
                 "Row and column are swapped: the window is x[:, row*S : row*S + FH, col*S : col*S + FW]."),
            when=lambda args, actual: args[2] != args[3] and args[3] < correlate(args[0], args[1], stride=args[4]).shape[0]
            and args[2] < correlate(args[0], args[1], stride=args[4]).shape[1]
            and same_values(actual, _at(args[0], args[1], args[3], args[2], args[4]))),
    Mistake(FLIPPED, when=lambda args, actual: same_values(actual, _at(args[0], flipped(args[1]), *args[2:]))),
)

PROBLEM = Problem(
    id="p205", chapter="ch07", slug="conv_at",
    title=text("스트라이드만큼 옮긴 창의 3차원 합성곱", "The 3-D convolution of the window moved by the stride"),
    statement=text("1칸 스트라이드 한 원본이미지의 3x3 행렬 RGB와 Filter RGB와의 합성곱을 구하시오 (이미지 (C, H, W), 필터 "
                   "(C, FH, FW), 출력의 위치 row, col 과 스트라이드 S 를 받아, 그 출력 자리의 합성곱 값 하나를 돌려주는 함수로 "
                   "만드세요: 창은 입력의 (row * S, col * S) 에서 시작합니다. 노트의 -4 는 다른 data 의 값이고, p189 의 data 로는 -7 입니다.)",
                   "Compute the convolution of the RGB 3x3 window shifted by stride 1 with the Filter RGB. (Write a "
                   "function: it takes the image (C, H, W), the filter (C, FH, FW), an output position row, col and the "
                   "stride S, and returns the convolution's value at that output: the window starts at (row * S, col * S) "
                   "of the input. The notes' -4 belongs to another data array; with p189's data it is -7.)"),
    given=DATA_PAD_GIVEN + "\n" + FILTER_GIVEN,
    example=">>> conv_at(data_pad, Filter, 0, 1, 1)\n-7",
    names=("conv_at",),
    stub='''
import numpy as np


def conv_at(x: np.ndarray, filt: np.ndarray, row: int, col: int, stride: int) -> int:
    """The output (row, col) of convolving the (C, H, W) image x with the (C, FH, FW) filter at this stride."""
    raise NotImplementedError
''',
    checks=(
        Example("conv_at", (DATA_PAD, FILTER, 0, 1, 1), -7, mistakes=MISTAKES),
        Example("conv_at", (DATA_PAD, FILTER, 1, 2, 2), int(_at(DATA_PAD, FILTER, 1, 2, 2)), mistakes=MISTAKES,
                title=text("스트라이드 2 의 출력 (1, 2)", "output (1, 2) at stride 2")),
        Holds("conv_at", [images("p205", **KEY), filters("p205", **KEY), layout_value("p205", "oi", **KEY),
                          layout_value("p205", "oj", **KEY), layout_value("p205", "S", **KEY)],
              lambda args, actual: expect_equal(actual, int(_at(*args)), what="convolution at (row, col)"),
              title=text("다른 이미지, 필터, 위치, 스트라이드", "other images, filters, positions and strides"), mistakes=MISTAKES),
    ),
    hints=(text("i, j = row * stride, col * stride; np.sum(x[:, i:i + FH, j:j + FW] * filt)",
                "i, j = row * stride, col * stride; np.sum(x[:, i:i + FH, j:j + FW] * filt)"),),
)
