import numpy as np
from hypothesis import strategies as st

from grader.checks import Agrees, Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.convolution import (
    A4, A4_GIVEN, BIAS_EACH, FIXED_SIZE, FLIPPED, KERNEL, KERNEL_GIVEN, NO_BIAS, OFF_BY_ONE, TRANSPOSED, correlate, filters,
    flipped, images,
)
from grader.spec import Problem

MISTAKES = (
    RETURNS_NONE,
    Mistake(NO_BIAS, like=lambda a, k, b: correlate(a, k)),
    Mistake(BIAS_EACH, like=lambda a, k, b: correlate(a, k) + b * k.size),
    Mistake(FLIPPED, like=lambda a, k, b: correlate(a, flipped(k)) + b),
    Mistake(TRANSPOSED, like=lambda a, k, b: (correlate(a, k) + b).T),
    Mistake(OFF_BY_ONE, like=lambda a, k, b: (correlate(a, k) + b)[:-1, :-1]),
)
BIASES = st.integers(-5, 5)

PROBLEM = Problem(
    id="p179", chapter="ch07", slug="convolution_bias",
    title=text("합성곱 + 편향", "Convolution plus bias"),
    statement=text("아래의 그림의 convolution 연산을 파이썬으로 구현하시오 (책의 그림 7-5: 합성곱 결과에 편향 3 을 더합니다. "
                   "행렬, 필터, 편향을 받아 2차원 결과 행렬을 돌려주는 함수로 만드세요.)",
                   "Implement the convolution operation of the figure below in Python (convolution plus bias; the "
                   "book's Fig. 7-5 adds the bias 3). (Write a function: it takes the matrix, the filter and the bias "
                   "and returns the 2-D result.)"),
    given=A4_GIVEN + "\n" + KERNEL_GIVEN + "\nbias = 3",
    example=">>> convolve_bias(A, filter, 3)\narray([[18, 19],\n       [ 9, 18]])",
    names=("convolve_bias",),
    stub='''
import numpy as np


def convolve_bias(a: np.ndarray, kernel: np.ndarray, bias: float) -> np.ndarray:
    """The (OH, OW) result of convolving a with kernel (stride 1, no padding), plus bias on every element."""
    raise NotImplementedError
''',
    checks=(
        Example("convolve_bias", (A4, KERNEL, 3), np.array([[18, 19], [9, 18]]), mistakes=MISTAKES),
        explain_errors(Holds("convolve_bias", [images("p179"), filters("p179"), BIASES],
                             lambda args, actual: expect_equal(actual, correlate(args[0], args[1], bias=args[2]), what="convolution + bias"),
                             title=text("다른 크기의 행렬·필터와 다른 편향", "other matrices, filters and biases"), mistakes=MISTAKES),
                       (("cannot reshape", FIXED_SIZE),)),
        Agrees("convolve_bias", [images("p179a"), filters("p179a"), BIASES], mistakes=MISTAKES),
    ),
    hints=(text("출력의 크기는 OH = H - FH + 1, OW = W - FW + 1 (스트라이드 1). 편향은 합을 구한 뒤 출력마다 한 번 더합니다.",
                "The output is OH = H - FH + 1 by OW = W - FW + 1 (stride 1). The bias is added once per output, after the sum."),),
)
