import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import ONE_SIDED, images, same_values
from grader.spec import Problem

R = np.array([[15, 16], [6, 15]])
MISTAKES = (
    RETURNS_NONE,
    Mistake(text("p 와 상관없이 2 칸을 붙였습니다 (노트의 답 pad_width=2 는 제로패딩 2 입니다): 받은 p 를 쓰세요.",
                 "It pads 2 whatever p is (the notes' answer, pad_width=2, is a padding of 2): use the p you are given."),
            # p = 1 padded with 2 is also 2p: that input names neither this nor the 2p mistake
            when=lambda args, actual: args[1] not in (1, 2) and same_values(actual, np.pad(args[0], 2))),
    Mistake(ONE_SIDED, when=lambda args, actual: same_values(actual, np.pad(args[0], ((0, args[1]), (0, args[1]))))),
    Mistake(text("위·아래에만 패딩했습니다: 왼쪽·오른쪽 열에도 p 씩 붙이세요.", "Only the top and bottom are padded: add p columns left and right too."),
            when=lambda args, actual: same_values(actual, np.pad(args[0], ((args[1], args[1]), (0, 0))))),
    Mistake(text("양쪽에 2p 씩 붙였습니다: 패딩 p 는 한쪽에 p 줄입니다 (그래서 크기가 2p 늘어납니다).",
                 "It adds 2p on each side: a padding p adds p rows on each side (so the size grows by 2p)."),
            when=lambda args, actual: args[1] > 1 and same_values(actual, np.pad(args[0], 2 * args[1]))),
)

PROBLEM = Problem(
    id="p180", chapter="ch07", slug="zero_padding",
    title=text("제로 패딩 1", "Zero padding of 1"),
    statement=text("위에서 출력한 2 x 2 행렬에 제로패딩 1을 수행하시오 (행렬과 패딩 p 를 받아 네 변에 0 을 p 줄씩 붙인 "
                   "행렬을 돌려주는 함수로 만드세요. 노트의 답은 pad_width=2 로 6 x 6 을 출력하지만 패딩 1 의 결과는 4 x 4 입니다.)",
                   "Apply zero padding of 1 to the 2 x 2 matrix printed above. (Write a function: it takes the matrix "
                   "and the padding p and returns the matrix with p rows/columns of zeros on every side. The notes' "
                   "answer uses pad_width=2 and prints 6 x 6; a padding of 1 gives 4 x 4.)"),
    given="r = np.array([[15, 16], [6, 15]])",
    example=">>> zero_pad(r, 1)\narray([[ 0,  0,  0,  0],\n       [ 0, 15, 16,  0],\n       [ 0,  6, 15,  0],\n"
            "       [ 0,  0,  0,  0]])",
    names=("zero_pad",),
    stub='''
import numpy as np


def zero_pad(m: np.ndarray, p: int) -> np.ndarray:
    """m with p rows of zeros above and below and p columns of zeros left and right."""
    raise NotImplementedError
''',
    checks=(
        Example("zero_pad", (R, 1), np.pad(R, 1), mistakes=MISTAKES),
        # p = 1 cannot tell "always 2" from "2p", and the shrinker goes there: p = 3 tells every slip apart
        Example("zero_pad", (R, 3), np.pad(R, 3), mistakes=MISTAKES, title=text("패딩 3", "a padding of 3")),
        Holds("zero_pad", [images("p180"), st.integers(0, 3)],
              lambda args, actual: expect_equal(actual, np.pad(args[0], args[1]), what="padded"),
              title=text("다른 행렬과 패딩", "other matrices and paddings"), mistakes=MISTAKES),
    ),
    hints=(text("np.pad(m, pad_width=p, mode='constant', constant_values=0) 은 네 변에 0 을 p 줄씩 붙입니다.",
                "np.pad(m, pad_width=p, mode='constant', constant_values=0) adds p rows/columns of zeros on every side."),),
)
