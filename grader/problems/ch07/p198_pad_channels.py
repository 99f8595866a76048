import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import CHANNELS_LAST, DATA, DATA_GIVEN, DATA_PAD, ONE_SIDED, images, same_values, zero_pad
from grader.spec import Problem

MISTAKES = (
    RETURNS_NONE,
    Mistake(text("채널 축까지 패딩했습니다 (C + 2p 장): 채널에는 0 장을 붙이지 않습니다. npad = ((0, 0), (p, p), (p, p)).",
                 "The channel axis was padded too (C + 2p sheets): no zero sheets go on the channels. npad = ((0, 0), (p, p), (p, p))."),
            when=lambda args, actual: args[1] > 0 and same_values(actual, np.pad(args[0], args[1]))),
    Mistake(CHANNELS_LAST, when=lambda args, actual: args[1] > 0
            and same_values(actual, np.pad(args[0], ((args[1], args[1]), (args[1], args[1]), (0, 0))))),
    Mistake(ONE_SIDED, when=lambda args, actual: same_values(actual, np.pad(args[0], ((0, 0), (0, args[1]), (0, args[1]))))),
)

PROBLEM = Problem(
    id="p198", chapter="ch07", slug="pad_channels",
    title=text("RGB 이미지의 제로 패딩 1", "Zero padding 1 of an RGB image"),
    statement=text("아래의 원본이미지의 zero 패딩 1을 한 결과를 출력하시오 (채널이 맨 앞인 (C, H, W) 이미지와 패딩 p 를 받아 "
                   "채널마다 네 변에 0 을 p 줄씩 붙인 (C, H + 2p, W + 2p) 배열을 돌려주는 함수로 만드세요.)",
                   "Print the result of zero-padding the original image below by 1. (Write a function: it takes a "
                   "channels-first (C, H, W) image and the padding p, and returns the (C, H + 2p, W + 2p) array with "
                   "p rows/columns of zeros on every side of each channel.)"),
    given=DATA_GIVEN + "\nnpad = ((0, 0), (1, 1), (1, 1))",
    example=">>> pad_channels(data, 1).shape\n(3, 7, 7)\n>>> pad_channels(data, 1)[0]\n" + repr(DATA_PAD[0]),
    names=("pad_channels",),
    stub='''
import numpy as np


def pad_channels(data: np.ndarray, p: int) -> np.ndarray:
    """Zero padding p around every channel of a (C, H, W) image: (C, H + 2p, W + 2p); no channel is added."""
    raise NotImplementedError
''',
    checks=(
        Example("pad_channels", (DATA, 1), DATA_PAD, mistakes=MISTAKES),
        Holds("pad_channels", [images("p198", channels=True), st.integers(0, 2)],
              lambda args, actual: expect_equal(actual, zero_pad(args[0], args[1]), what="np.pad(data, ((0, 0), (p, p), (p, p)))"),
              title=text("다른 이미지와 패딩", "other images and paddings"), mistakes=MISTAKES),
    ),
    hints=(text("np.pad(data, pad_width=((0, 0), (p, p), (p, p))): 축마다 (앞, 뒤) 로 붙일 개수. 채널 축은 (0, 0).",
                "np.pad(data, pad_width=((0, 0), (p, p), (p, p))): (before, after) per axis. The channel axis gets (0, 0)."),),
)
