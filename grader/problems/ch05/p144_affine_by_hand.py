import numpy as np
from hypothesis import strategies as st

from grader.checks import text
from grader.problems.backprop import affine_value_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p144", chapter="ch05", slug="affine_by_hand",
    title=text("행렬의 내적 + 바이어스", "The dot product plus the bias"),
    statement=text("아래의 두 행렬의 내적과 바이어스를 더한 값이 무엇인지 파이썬으로 구현하시오",
                   "Compute in Python the dot product of the two matrices below plus the bias."),
    given="X = np.array([[1, 2]])\nW = np.array([[1, 3, 5], [2, 4, 6]])\nb = np.array([[1, 2, 3]])",
    example=">>> dot_plus_bias(np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 2, 3]]))\n"
            "array([[ 6, 13, 20]])",
    names=("dot_plus_bias",),
    stub='''
import numpy as np


def dot_plus_bias(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Y = X·W + b (np.dot, then the bias broadcast over the rows)."""
    raise NotImplementedError
''',
    checks=affine_value_checks("dot_plus_bias", (np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 2, 3]])),
                               np.array([[6, 13, 20]]), st.tuples(st.integers(1, 3), st.integers(1, 4), st.integers(1, 4))),
    hints=(text("(1, 2)·(2, 3) = (1, 3): np.dot(X, W) + b", "(1, 2)·(2, 3) = (1, 3): np.dot(X, W) + b"),),
)
