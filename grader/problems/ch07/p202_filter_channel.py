import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import CHANNELS_LAST, FILTER, FILTER_GIVEN, filters, layouts, same_values
from grader.spec import Problem

KEY = dict(channels=True)
CHANNEL = layouts("p202", **KEY).flatmap(lambda s: st.integers(0, s["C"] - 1))


def _only(actual: object, filt: np.ndarray, c: int, axis: int) -> bool:
    """actual is index c taken along `axis` (1: row c of every channel, 2: column c, the channels-last reading), and
    not also along the other one: where filt[:, c] and filt[:, :, c] hold the same numbers, neither is named."""
    taken = {a: np.take(filt, c, axis=a) for a in (1, 2) if c < filt.shape[a]}
    return axis in taken and same_values(actual, taken[axis]) and not any(
        same_values(actual, other) for a, other in taken.items() if a != axis)


MISTAKES = (
    RETURNS_NONE,
    Mistake(CHANNELS_LAST, when=lambda args, actual: _only(actual, *args, axis=2)),
    Mistake(text("각 채널의 c 번째 행을 모았습니다 (filt[:, c]): 채널 c 의 행렬은 filt[c] (= filt[c, :, :]) 입니다.",
                 "That gathers row c of every channel (filt[:, c]): channel c's matrix is filt[c] (= filt[c, :, :])."),
            when=lambda args, actual: _only(actual, *args, axis=1)),
)

PROBLEM = Problem(
    id="p202", chapter="ch07", slug="filter_channel",
    title=text("Filter 의 Red 행렬 추출", "The red matrix of Filter"),
    statement=text("아래의 Filter 에서 아래의 행렬을 추출하시오 (채널이 맨 앞인 필터와 채널 번호 c 를 받아 그 채널의 행렬을 "
                   "돌려주는 함수로 만드세요: c = 0 이 Red.)",
                   "Extract the matrix below from Filter (its red channel). (Write a function: it takes a channels-first "
                   "filter and a channel number c and returns that channel's matrix: c = 0 is red.)"),
    given=FILTER_GIVEN,
    example=">>> filter_channel(Filter, 0)\narray([[ 1,  1, -1],\n       [-1,  0,  0],\n       [ 1,  1,  0]])",
    names=("filter_channel",),
    stub='''
import numpy as np


def filter_channel(filt: np.ndarray, c: int) -> np.ndarray:
    """The (FH, FW) matrix of channel c of a (C, FH, FW) filter."""
    raise NotImplementedError
''',
    checks=(
        Example("filter_channel", (FILTER, 0), FILTER[0], mistakes=MISTAKES),
        Example("filter_channel", (FILTER, 2), FILTER[2], mistakes=MISTAKES, title=text("Blue 행렬 (c = 2)", "the blue matrix (c = 2)")),
        Holds("filter_channel", [filters("p202", **KEY), CHANNEL],
              lambda args, actual: expect_equal(actual, args[0][args[1]], what="filt[c]"),
              title=text("다른 필터와 채널", "other filters and channels"), mistakes=MISTAKES),
    ),
    hints=(text("(C, FH, FW) 의 첫 인덱스가 채널입니다: filt[0, :, :] 이 Red.", "The first index of (C, FH, FW) is the channel: filt[0, :, :] is red."),),
)
