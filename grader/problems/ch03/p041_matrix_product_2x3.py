import numpy as np

from grader.checks import text
from grader.problems.activations import product_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p041", chapter="ch03", slug="matrix_product_2x3",
    title=text("2×3 행렬과 3×2 행렬의 곱", "Product of a 2×3 and a 3×2 matrix"),
    statement=text("아래의 행렬 곱(내적)을 파이썬으로 구현하시오", "Implement the given matrix product (2x3 times 3x2) in Python."),
    given="A = np.array([[1, 2, 3], [4, 5, 6]])\nB = np.array([[5, 6], [7, 8], [9, 10]])\n"
          "# 강의 노트는 np.matrix 와 A*B 를 씁니다 / the notes use np.matrix and A*B: use np.array and np.dot",
    example=">>> matrix_product(A, B)\narray([[ 46,  52],\n       [109, 124]])",
    names=("matrix_product",),
    stub='''
import numpy as np


def matrix_product(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """AB for A of shape (n, k) and B of shape (k, m): an ndarray of shape (n, m).

    Use np.array with np.dot (or @), not np.matrix (deprecated): the grader wants a plain ndarray back.
    """
    raise NotImplementedError
''',
    checks=product_checks("matrix_product", (np.array([[1, 2, 3], [4, 5, 6]]), np.array([[5, 6], [7, 8], [9, 10]]))),
    hints=(text("(2, 3) 행렬 × (3, 2) 행렬 = (2, 2) 행렬: 앞 행렬의 열 수(3)와 뒤 행렬의 행 수(3)가 같아야 합니다.",
                "(2, 3) times (3, 2) gives (2, 2): the left operand's columns (3) must equal the right one's rows (3)."),
           text("ndarray 에서 A * B 는 원소별 곱입니다 (np.matrix 에서만 행렬곱). np.dot(A, B) 를 쓰세요.",
                "For ndarrays A * B is element-wise (it is a matrix product only for np.matrix). Use np.dot(A, B).")),
)
