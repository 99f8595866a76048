import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import DATA, DATA_GIVEN, hard_coded
from grader.spec import Problem

CHW = hnp.arrays(np.int64, st.tuples(st.integers(1, 4), st.integers(1, 6), st.integers(1, 6)), elements=st.integers(0, 9))
MISTAKES = (
    RETURNS_NONE,
    hard_coded((3, 5, 5)),
    Mistake(text("사진의 순서 (높이, 너비, 채널) 로 답했습니다: data 는 채널이 맨 앞 (채널, 높이, 너비) 입니다. data.shape 를 그대로 돌려주세요.",
                 "That is a photo's order (height, width, channels): data is channels first (channels, height, width). "
                 "Return data.shape as it is."),
            when=lambda args, actual: isinstance(actual, (tuple, list)) and tuple(actual) == args[0].shape[1:] + args[0].shape[:1]
            and args[0].shape[1:] + args[0].shape[:1] != args[0].shape),
    Mistake(text("len(data) 는 첫 번째 축(채널)의 길이뿐입니다: 모든 축의 길이는 data.shape 입니다.",
                 "len(data) is only the length of the first axis (the channels): every axis' length is data.shape."),
            when=lambda args, actual: actual == len(args[0])),
)

PROBLEM = Problem(
    id="p190", chapter="ch07", slug="data_shape",
    title=text("data 의 shape: (채널, 높이, 너비)", "The shape of data: (channels, height, width)"),
    statement=text("문제 189번의 data 행렬의 shape를 확인하시오 (배열을 받아 그 shape 을 돌려주는 함수로 만드세요.)",
                   "Check the shape of the data matrix from problem 189. (Write a function: it takes the array and "
                   "returns its shape.)"),
    given=DATA_GIVEN,
    example=">>> data_shape(data)\n(3, 5, 5)",
    names=("data_shape",),
    stub='''
import numpy as np


def data_shape(data: np.ndarray) -> tuple:
    """The shape of a channels-first image: (channels, height, width)."""
    raise NotImplementedError
''',
    checks=(
        Example("data_shape", (DATA,), (3, 5, 5), mistakes=MISTAKES),
        Holds("data_shape", [CHW], lambda args, actual: expect_equal(actual, args[0].shape, what="data.shape"),
              title=text("다른 크기의 (C, H, W) 배열", "(C, H, W) arrays of other sizes"), mistakes=MISTAKES),
    ),
    hints=(text("data.shape 는 축마다의 길이를 튜플로 돌려줍니다. 이 데이터는 (색상, 세로, 가로) 순서입니다.",
                "data.shape gives each axis' length as a tuple. This data is in (colour, height, width) order."),),
)
