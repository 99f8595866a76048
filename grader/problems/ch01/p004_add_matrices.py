import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_matrices
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

A = np.array([[1, 3, 7], [1, 0, 0]])
B = np.array([[0, 0, 5], [7, 5, 0]])
SUM_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("두 배열을 이어 붙였습니다 (np.append / concatenate). 행렬의 덧셈은 같은 자리끼리 더하는 a + b 입니다.",
                 "The two arrays were joined (np.append / concatenate). Matrix addition adds element by element: a + b."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.size == 2 * args[0].size),
)

PROBLEM = Problem(
    id="p004", chapter="ch01", slug="add_matrices",
    title=text("행렬의 덧셈", "Matrix addition"),
    statement=text("아래의 행렬식을 numpy로 구현하시오. (두 행렬을 받아 합을 돌려주는 함수로 만드세요.)",
                   "Implement the matrix expression with NumPy so that it produces [[1,3,12],[8,5,0]] (sum of two "
                   "2x3 matrices). (Write a function: it takes the two matrices and returns their sum.)"),
    given="a = np.array([[1, 3, 7], [1, 0, 0]])\nb = np.array([[0, 0, 5], [7, 5, 0]])",
    example=">>> add_matrices(a, b)\narray([[ 1,  3, 12],\n       [ 8,  5,  0]])",
    names=("add_matrices",),
    stub='''
import numpy as np


def add_matrices(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return a + b: the matrices added element by element (a and b have the same shape)."""
    raise NotImplementedError
''',
    checks=(
        Example("add_matrices", (A, B), np.array([[1, 3, 12], [8, 5, 0]]), mistakes=SUM_MISTAKES),
        Holds("add_matrices", [int_matrices("p004"), int_matrices("p004")],
              lambda args, actual: expect_equal(actual, args[0] + args[1], what="a + b"),
              title=text("같은 형상의 다른 행렬에서도", "other matrices of one shape"),
              mistakes=SUM_MISTAKES),
    ),
    hints=(text("같은 형상의 배열끼리 + 를 쓰면 같은 자리의 요소끼리 더해집니다.",
                "+ between arrays of the same shape adds the elements at the same positions."),),
)
