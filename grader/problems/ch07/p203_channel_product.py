import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import CHANNELS_LAST, DATA_PAD, DATA_PAD_GIVEN, FILTER, FILTER_GIVEN, MATMUL, layouts, int_arrays, same_values
from grader.spec import Problem

WINDOW = DATA_PAD[:, :3, :3]
CUBE = layouts("p203", channels=True).map(lambda s: (s["C"], s["F"], s["F"]))  # a window and a filter of one shape
MISTAKES = (
    RETURNS_NONE,
    Mistake(MATMUL, when=lambda args, actual: same_values(actual, args[0][args[2]] @ args[1][args[2]])),
    Mistake(CHANNELS_LAST, when=lambda args, actual: args[2] < args[0].shape[2]
            and same_values(actual, args[0][:, :, args[2]] * args[1][:, :, args[2]])),
    Mistake(text("합까지 구했습니다: 이 문제는 원소별 곱의 행렬 (FH, FW) 자체입니다 (합은 다음 문제).",
                 "That is already the sum: this problem wants the matrix of element-wise products (FH, FW) itself (the sum is next)."),
            when=lambda args, actual: np.ndim(actual) == 0 and same_values(actual, np.sum(args[0][args[2]] * args[1][args[2]]))),
)

PROBLEM = Problem(
    id="p203", chapter="ch07", slug="channel_product",
    title=text("원본 Red 창 * Filter Red", "The red window times the red filter"),
    statement=text("위의 3개의 행렬 중 원본 이미지의 Red 행렬과 아래의 Filter의 Red 행렬과의 합성곱을 수행하시오 "
                   "(창 (C, FH, FW), 필터 (C, FH, FW), 채널 번호 c 를 받아 채널 c 끼리의 원소별 곱 행렬을 돌려주는 함수로 만드세요.)",
                   "Convolve the red matrix of the original image with the red matrix of the Filter below (element-wise "
                   "product). (Write a function: it takes the window (C, FH, FW), the filter (C, FH, FW) and a channel "
                   "number c, and returns the element-wise product of their channel c.)"),
    given=DATA_PAD_GIVEN + "\nwindow = data_pad[:, :3, :3]\n" + FILTER_GIVEN,
    example=">>> channel_product(window, Filter, 0)\n" + repr(WINDOW[0] * FILTER[0]) + "\n>>> channel_product(window, Filter, 1)\n"
            + repr(WINDOW[1] * FILTER[1]),
    names=("channel_product",),
    stub='''
import numpy as np


def channel_product(window: np.ndarray, filt: np.ndarray, c: int) -> np.ndarray:
    """window[c] * filt[c]: the element-wise products of channel c, an (FH, FW) matrix."""
    raise NotImplementedError
''',
    checks=(
        Example("channel_product", (WINDOW, FILTER, 0), WINDOW[0] * FILTER[0], mistakes=MISTAKES),
        Example("channel_product", (WINDOW, FILTER, 1), WINDOW[1] * FILTER[1], mistakes=MISTAKES,
                title=text("Green (c = 1)", "green (c = 1)")),
        Holds("channel_product", [CUBE.flatmap(int_arrays), CUBE.flatmap(int_arrays), CUBE.flatmap(lambda s: st.integers(0, s[0] - 1))],
              lambda args, actual: expect_equal(actual, args[0][args[2]] * args[1][args[2]], what="window[c] * filt[c]"),
              title=text("다른 창, 필터, 채널", "other windows, filters and channels"), mistakes=MISTAKES),
    ),
    hints=(text("window[0] * filt[0]: * 는 같은 자리끼리 곱합니다 (행렬곱 @ 이 아닙니다).",
                "window[0] * filt[0]: * multiplies position by position (not the matrix product @)."),),
)
