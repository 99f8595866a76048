import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_matrices
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import FLIPPED, KERNEL, MATMUL, NOT_SUMMED, flipped, same_values
from grader.spec import Problem

A = np.array([[1, 2, 3], [0, 1, 2], [3, 0, 1]])
MISTAKES = (
    RETURNS_NONE,
    Mistake(NOT_SUMMED, when=lambda args, actual: same_values(actual, args[0] * args[1])),
    Mistake(MATMUL, when=lambda args, actual: same_values(actual, args[0] @ args[1])
            or same_values(actual, np.sum(args[0] @ args[1]))),
    Mistake(FLIPPED, like=lambda a, b: np.sum(a * flipped(b))),
)

PROBLEM = Problem(
    id="p173", chapter="ch07", slug="convolution_step",
    title=text("합성곱 한 번: 원소별 곱의 합", "One convolution step: the sum of element-wise products"),
    statement=text("아래의 두 행렬을 만들고 합성곱한 결과인 15를 파이썬으로 출력하시오 "
                   "(두 행렬을 받아 합성곱한 숫자 하나를 돌려주는 함수로 만드세요.)",
                   "Create the two matrices below and print 15, the result of their convolution (element-wise product "
                   "summed). (Write a function: it takes the two matrices and returns that one number.)"),
    given="A = np.array([[1, 2, 3], [0, 1, 2], [3, 0, 1]])\nB = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]])",
    example=">>> convolution_step(A, B)\n15",
    names=("convolution_step",),
    stub='''
import numpy as np


def convolution_step(a: np.ndarray, b: np.ndarray) -> int:
    """Multiply a and b (same shape) element by element, then add up every product: one number."""
    raise NotImplementedError
''',
    checks=(
        Example("convolution_step", (A, KERNEL), 15, mistakes=MISTAKES),
        Holds("convolution_step", [int_matrices("p173"), int_matrices("p173")],
              lambda args, actual: expect_equal(actual, int(np.sum(args[0] * args[1])), what="np.sum(a * b)"),
              title=text("같은 형상의 다른 행렬에서도", "other matrices of one shape"), mistakes=MISTAKES),
    ),
    hints=(text("a * b 는 같은 자리의 원소끼리 곱한 행렬이고, np.sum(...) 이 그 원소를 모두 더합니다.",
                "a * b multiplies the elements at the same positions; np.sum(...) adds them all up."),),
)
