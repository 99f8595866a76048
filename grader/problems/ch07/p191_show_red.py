import numpy as np

from grader.checks import Example, Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import CHANNELS_LAST, DATA, DATA_GIVEN, figure_of, same_values
from grader.spec import Problem

OTHER = (np.arange(3 * 4 * 6).reshape(3, 4, 6) * 7) % 10  # a (3, 4, 6) image: H != W, channels differ
MISTAKES = (RETURNS_NONE, Mistake(CHANNELS_LAST, when=lambda args, actual: same_values(actual, args[0][:, :, 0])))

PROBLEM = Problem(
    id="p191", chapter="ch07", slug="show_red",
    title=text("data 의 Red 행렬 출력과 시각화", "The red matrix of data, printed and shown"),
    statement=text("위의 data 행렬에서 Red 행렬만 출력하고 시각화도 하시오 (채널이 맨 앞인 data 를 받아 Red 행렬을 plt.imshow 로 "
                   "보여 주고 돌려주는 함수로 만드세요.)",
                   "Print only the red matrix of the data matrix above and also visualize it. (Write a function: it "
                   "takes the channels-first data, shows its red matrix with plt.imshow and returns it.)"),
    given=DATA_GIVEN,
    example=">>> show_red(data)\narray([[2, 2, 1, 1, 0],\n       [0, 0, 1, 0, 0],\n       [0, 2, 0, 0, 1],\n"
            "       [1, 2, 1, 1, 1],\n       [1, 0, 1, 0, 1]])",
    names=("show_red",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def show_red(data: np.ndarray) -> np.ndarray:
    """Show the red matrix of a channels-first (3, H, W) image with plt.imshow, and return it."""
    raise NotImplementedError
''',
    checks=(
        Example("show_red", (DATA,), DATA[0], mistakes=MISTAKES),
        Example("show_red", (OTHER,), OTHER[0], mistakes=MISTAKES, title=text("다른 (3, 4, 6) 배열", "another (3, 4, 6) array")),
        figure_of("show_red", (OTHER,), lambda d: [d[0]], [text("Red 행렬", "the red matrix")],
                  wrong=lambda d: [(d[:, :, 0], CHANNELS_LAST)]),
    ),
    autograded="partly",
    self_check=text("그림의 밝은 칸(값 2)이 Red 행렬의 2 자리와 같은가요?", "Are the bright cells (value 2) where the red matrix has its 2s?"),
    hints=(text("data 는 (채널, 높이, 너비): data[0] 이 Red 행렬입니다.", "data is (channels, height, width): data[0] is the red matrix."),),
)
