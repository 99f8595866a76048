import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_matrices
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import CHANNELS_LAST, DATA, DATA_GIVEN, same_values
from grader.spec import Problem

MISTAKES = (
    RETURNS_NONE,
    Mistake(CHANNELS_LAST, when=lambda args, actual: same_values(actual, np.stack(args, axis=-1))),
    Mistake(text("세 행렬을 세로로 이어 붙였습니다 (3H, W): 새 축을 맨 앞에 만들어 쌓으세요: np.array([red, green, blue]).",
                 "The three matrices were joined top to bottom (3H, W): stack them on a new first axis: np.array([red, green, blue])."),
            when=lambda args, actual: same_values(actual, np.concatenate(args))),
)

PROBLEM = Problem(
    id="p189", chapter="ch07", slug="stack_channels",
    title=text("RGB 행렬을 이해하기 위한 (3, 5, 5) 배열", "A (3, 5, 5) array to understand RGB matrices"),
    statement=text("RGB 행렬을 이해하기 위한 아래의 numpy array 를 이해하시오 (Red, Green, Blue 세 행렬을 받아 채널이 맨 앞인 "
                   "(3, 높이, 너비) 배열 data 로 쌓아 돌려주는 함수로 만드세요.)",
                   "Understand the NumPy array below, which is for understanding RGB matrices. (Write a function: it "
                   "takes the red, green and blue matrices and returns them stacked channels first, as the (3, height, "
                   "width) array data.)"),
    given=DATA_GIVEN,
    example=">>> stack_channels(data[0], data[1], data[2]).shape\n(3, 5, 5)",
    names=("stack_channels",),
    stub='''
import numpy as np


def stack_channels(red: np.ndarray, green: np.ndarray, blue: np.ndarray) -> np.ndarray:
    """The three (H, W) matrices as one (3, H, W) array, channels first: result[0] is red."""
    raise NotImplementedError
''',
    checks=(
        Example("stack_channels", tuple(DATA), DATA, mistakes=MISTAKES),
        Holds("stack_channels", [int_matrices("p189")] * 3,
              lambda args, actual: expect_equal(actual, np.array(args), what="np.array([red, green, blue])"),
              title=text("다른 크기의 세 행렬", "three matrices of another size"), mistakes=MISTAKES),
    ),
    hints=(text("np.array([red, green, blue]) 는 세 행렬을 새 첫 번째 축으로 쌓습니다: (3, H, W).",
                "np.array([red, green, blue]) stacks the three matrices on a new first axis: (3, H, W)."),),
)
