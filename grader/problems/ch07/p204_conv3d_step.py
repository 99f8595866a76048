import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import (
    CHANNELS_NOT_SUMMED, DATA_PAD, DATA_PAD_GIVEN, FILTER, FILTER_GIVEN, FLIPPED, MATMUL, flipped, int_arrays, layouts, same_values,
)
from grader.spec import Problem

WINDOW = DATA_PAD[:, :3, :3]
CUBE = layouts("p204", channels=True).map(lambda s: (s["C"], s["FH"], s["FH"]))
MISTAKES = (
    RETURNS_NONE,
    Mistake(CHANNELS_NOT_SUMMED, when=lambda args, actual: np.ndim(actual) == 1
            and same_values(actual, np.sum(args[0] * args[1], axis=(1, 2)))),
    Mistake(text("Red 채널만 더했습니다: 모든 채널 (for i in range(len(window))) 의 곱을 다 더해야 합니다.",
                 "Only the red channel was added: add the products of every channel (for i in range(len(window)))."),
            when=lambda args, actual: len(args[0]) > 1 and same_values(actual, np.sum(args[0][0] * args[1][0]))),
    Mistake(FLIPPED, when=lambda args, actual: same_values(actual, np.sum(args[0] * flipped(args[1])))),
    Mistake(MATMUL, when=lambda args, actual: same_values(actual, np.sum(args[0] @ args[1]))),
)

PROBLEM = Problem(
    id="p204", chapter="ch07", slug="conv3d_step",
    title=text("3차원 합성곱 한 번: 숫자 하나", "One 3-D convolution step: one number"),
    statement=text("원본이미지의 RGB 3개의 행렬과 아래의 필터 RGB 3개의 행렬을 각각 행렬곱 한 후 그 원소들을 다 합칠 결과 숫자 하나를 "
                   "출력하시오 (창 (C, FH, FW) 과 필터 (C, FH, FW) 를 받아 채널마다 원소별 곱을 구해 모두 더한 숫자 하나를 돌려주는 "
                   "함수로 만드세요. 노트의 -3 은 다른 data 의 값이고, p189 의 data 로는 -1 입니다.)",
                   "Multiply the 3 RGB matrices of the original image element-wise with the 3 RGB filter matrices and "
                   "print the sum of all elements as one number. (Write a function: it takes the window (C, FH, FW) and "
                   "the filter (C, FH, FW) and returns that one number. The notes' -3 belongs to another data array; "
                   "with p189's data it is -1.)"),
    given=DATA_PAD_GIVEN + "\nwindow = data_pad[:, :3, :3]\n" + FILTER_GIVEN,
    example=">>> conv3d_step(window, Filter)\n-1",
    names=("conv3d_step",),
    stub='''
import numpy as np


def conv3d_step(window: np.ndarray, filt: np.ndarray) -> int:
    """Sum over every channel c of np.sum(window[c] * filt[c]): one number."""
    raise NotImplementedError
''',
    checks=(
        Example("conv3d_step", (WINDOW, FILTER), -1, mistakes=MISTAKES),
        Holds("conv3d_step", [CUBE.flatmap(int_arrays), CUBE.flatmap(int_arrays)],
              lambda args, actual: expect_equal(actual, int(np.sum(args[0] * args[1])), what="sum of window * filt"),
              title=text("다른 채널 수와 크기", "other channel counts and sizes"), mistakes=MISTAKES),
    ),
    hints=(text("rst = 0; for i in range(len(window)): rst += np.sum(window[i] * filt[i]) — 또는 한 번에 np.sum(window * filt).",
                "rst = 0; for i in range(len(window)): rst += np.sum(window[i] * filt[i]) — or at once, np.sum(window * filt)."),),
)
