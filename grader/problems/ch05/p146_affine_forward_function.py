import numpy as np
from hypothesis import strategies as st

from grader.checks import text
from grader.problems.backprop import affine_value_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p146", chapter="ch05", slug="affine_forward_function",
    title=text("Affine 순전파 함수", "An affine forward function"),
    statement=text("아래의 행렬을 입력받아 결과를 출력하는 forward 함수를 생성하시오",
                   "Write a forward function that takes the matrices below and outputs the result."),
    given="X = np.array([[1, 2]])\nW = np.array([[1, 3, 5], [2, 4, 6]])\nb = np.array([[1, 1, 1]])\n\nprint(forward(X, W, b))",
    example=">>> forward(np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]]))\narray([[ 6, 12, 18]])",
    names=("forward",),
    stub='''
import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The affine forward pass for one input row X (1, inputs): X·W + b."""
    raise NotImplementedError
''',
    checks=affine_value_checks("forward", (np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]])),
                               np.array([[6, 12, 18]]), st.tuples(st.just(1), st.integers(1, 5), st.integers(1, 5))),
    hints=(text("out = np.dot(X, W) + b; return out (print 대신 return).", "out = np.dot(X, W) + b; return out (return, not print)."),),
)
