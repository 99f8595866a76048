import numpy as np

from grader.checks import Agrees, Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.convolution import (
    CHANNELS_NOT_SUMMED, DATA_PAD, DATA_PAD_GIVEN, FILTER, FILTER_GIVEN, FIXED_SIZE, FLIPPED, OFF_BY_ONE, correlate, filters, flipped,
    images, same_values, windows,
)
from grader.spec import Problem

KEY = dict(channels=True)
MISTAKES = (
    RETURNS_NONE,
    Mistake(text("행과 열이 뒤바뀐 (전치된) 결과입니다: 노트의 반복문은 바깥 j 로 열을 옮기며 data_pad[:, k:k+3, j:j+3] 을 읽어 "
                 "결과가 열 순서로 쌓입니다. 바깥 반복문이 행 i, 안쪽이 열 j 가 되게 x[:, i:i+FH, j:j+FW] 를 쓰세요.",
                 "The result is transposed (rows and columns swapped): the notes' loops move the column with the outer j "
                 "while reading data_pad[:, k:k+3, j:j+3], so the results pile up column by column. Loop over rows i "
                 "outside and columns j inside, reading x[:, i:i+FH, j:j+FW]."),
            when=lambda args, actual: same_values(actual, correlate(*args).T) and not same_values(actual, correlate(*args))),
    Mistake(CHANNELS_NOT_SUMMED, when=lambda args, actual: np.ndim(actual) == 3
            and same_values(actual, np.einsum("cijhw,chw->cij", windows(args[0], *args[1].shape[1:]), args[1]))),
    Mistake(FLIPPED, like=lambda x, w: correlate(x, flipped(w))),
    Mistake(OFF_BY_ONE, when=lambda args, actual: same_values(actual, correlate(*args)[:-1, :-1])),
)

PROBLEM = Problem(
    id="p206", chapter="ch07", slug="conv3d",
    title=text("3차원 합성곱 전체 (25 번의 연산)", "The whole 3-D convolution (25 steps)"),
    statement=text("아래의 합성곱 연산 (25번 연산) 을 하는 결과를 파이썬으로 구현하시오 (스트라이드:1 이므로 결과가 5x5 행렬이 나와야한다) "
                   "(패딩한 이미지 (C, H, W) 와 필터 (C, FH, FW) 를 받아 스트라이드 1 의 (OH, OW) 결과를 돌려주는 함수로 만드세요. "
                   "노트의 결과는 다른 data 로 계산했고 전치되어 있습니다: 여기서는 p189 의 data 로 다시 계산했습니다.)",
                   "Implement in Python the convolution below (25 operations); with stride 1 the result must be a 5x5 "
                   "matrix. (Write a function: it takes the padded image (C, H, W) and the filter (C, FH, FW) and returns "
                   "the (OH, OW) result at stride 1. The notes' result was computed on another data array and is "
                   "transposed; here it is recomputed from p189's data.)"),
    given=DATA_PAD_GIVEN + "\n" + FILTER_GIVEN,
    example=">>> conv3d(data_pad, Filter)\n" + repr(correlate(DATA_PAD, FILTER)),
    names=("conv3d",),
    stub='''
import numpy as np


def conv3d(x: np.ndarray, filt: np.ndarray) -> np.ndarray:
    """The (OH, OW) feature map of a (C, H, W) image and a (C, FH, FW) filter, stride 1: every channel summed in."""
    raise NotImplementedError
''',
    checks=(
        Example("conv3d", (DATA_PAD, FILTER), correlate(DATA_PAD, FILTER), mistakes=MISTAKES),
        explain_errors(Holds("conv3d", [images("p206", **KEY), filters("p206", **KEY)],
                             lambda args, actual: expect_equal(actual, correlate(*args), what="feature map"),
                             title=text("다른 크기의 이미지와 필터 (정사각형이 아닌 것도)", "images and filters of other sizes (not only square)"),
                             mistakes=MISTAKES), (("cannot reshape", FIXED_SIZE),)),
        Agrees("conv3d", [images("p206a", **KEY), filters("p206a", **KEY)], mistakes=MISTAKES),
    ),
    hints=(text("2차원 합성곱과 같되, 한 윈도우가 모든 채널을 덮습니다: 윈도우 x[:, i:i+FH, j:j+FW] 와 필터를 원소별로 곱해 모두 더하면 출력 한 칸입니다.",
                "As the 2-D convolution, but one window spans every channel: multiply the window x[:, i:i+FH, j:j+FW] by the filter element-wise and sum it all for one output value."),
           text("OH = H - FH + 1, OW = W - FW + 1; for i in range(OH): for j in range(OW): out[i, j] = np.sum(x[:, i:i+FH, j:j+FW] * filt)",
                "OH = H - FH + 1, OW = W - FW + 1; for i in range(OH): for j in range(OW): out[i, j] = np.sum(x[:, i:i+FH, j:j+FW] * filt)")),
)
