import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import CHANNELS_LAST, DATA_GIVEN, DATA_PAD, DATA_PAD_GIVEN, images, layout_value, same_values
from grader.spec import Problem

KEY = dict(channels=True, padded=False)
MISTAKES = (
    RETURNS_NONE,
    Mistake(CHANNELS_LAST, when=lambda args, actual: same_values(actual, args[0][args[1]:args[1] + args[3], args[2]:args[2] + args[3]])),
    Mistake(text("행과 열을 바꿔 썼습니다: x[:, 행, 열] 입니다.", "Row and column are swapped: it is x[:, row, column]."),
            when=lambda args, actual: same_values(actual, args[0][:, args[2]:args[2] + args[3], args[1]:args[1] + args[3]])),
    Mistake(text("채널 하나만 돌려주었습니다: 창은 모든 채널의 같은 자리입니다, x[:, row:row+size, col:col+size] (C, size, size).",
                 "Only one channel came back: a window takes the same place in every channel, x[:, row:row+size, "
                 "col:col+size] (C, size, size)."),
            when=lambda args, actual: same_values(actual, args[0][0, args[1]:args[1] + args[3], args[2]:args[2] + args[3]])),
)

PROBLEM = Problem(
    id="p201", chapter="ch07", slug="window_channels",
    title=text("패딩한 이미지의 3 x 3 창: R, G, B", "A 3 x 3 window of the padded image: R, G, B"),
    statement=text("위의 3x3 행렬의 RGB 행렬을 각각 출력하면? (패딩한 (C, H, W) 이미지와 창의 위치 row, col, 크기 size 를 받아 "
                   "모든 채널의 그 창 (C, size, size) 를 돌려주는 함수로 만드세요. 노트가 출력한 Blue 행렬은 다른 data 의 것이라, "
                   "여기서는 p189 의 data 로 다시 계산했습니다.)",
                   "What are the RGB matrices of the top-left 3 x 3 window above? (Write a function: it takes the padded "
                   "(C, H, W) image, the window's position row, col and its size, and returns that window of every "
                   "channel, (C, size, size). The notes print a blue matrix of another data array; here it is "
                   "recomputed from p189's data.)"),
    given=DATA_GIVEN + "\n" + DATA_PAD_GIVEN,
    example=">>> window_channels(data_pad, 0, 0, 3)\n" + repr(DATA_PAD[:, :3, :3]),
    names=("window_channels",),
    stub='''
import numpy as np


def window_channels(x: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    """The size x size window at (row, col) of every channel of a (C, H, W) image: shape (C, size, size)."""
    raise NotImplementedError
''',
    checks=(
        Example("window_channels", (DATA_PAD, 0, 0, 3), DATA_PAD[:, :3, :3], mistakes=MISTAKES),
        Holds("window_channels", [images("p201", **KEY), layout_value("p201", "i", **KEY), layout_value("p201", "j", **KEY),
                                  layout_value("p201", "F", **KEY)],
              lambda args, actual: expect_equal(actual, args[0][:, args[1]:args[1] + args[3], args[2]:args[2] + args[3]],
                                                what="x[:, row:row+size, col:col+size]"),
              title=text("다른 이미지, 위치, 크기", "other images, positions and sizes"), mistakes=MISTAKES),
    ),
    hints=(text("x[:, 0:3, 0:3]: 첫 축 : 은 모든 채널, 다음 둘이 행과 열의 범위.",
                "x[:, 0:3, 0:3]: the first : takes every channel, the next two the row and column ranges."),),
)
