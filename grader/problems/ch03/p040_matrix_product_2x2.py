import numpy as np

from grader.checks import text
from grader.problems.activations import product_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p040", chapter="ch03", slug="matrix_product_2x2",
    title=text("2×2 행렬의 곱", "Product of two 2×2 matrices"),
    statement=text("아래의 두 개의 행렬의 내적을 numpy로 구현하시오", "Implement the dot product of the two given matrices with NumPy."),
    given="A = np.array([[1, 2], [3, 4]])\nB = np.array([[5, 6], [7, 8]])",
    example=">>> matrix_product(A, B)\narray([[19, 22],\n       [43, 50]])",
    names=("matrix_product",),
    stub='''
import numpy as np


def matrix_product(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """The matrix product AB of two ndarrays (np.dot or @), for any shapes where it is defined.

    The course notes also show np.matrix: it is deprecated; use np.array and return an ndarray.
    """
    raise NotImplementedError
''',
    checks=product_checks("matrix_product", (np.array([[1, 2], [3, 4]]), np.array([[5, 6], [7, 8]]))),
    hints=(text("np.dot(A, B) 또는 A @ B. A * B 는 같은 자리의 원소끼리 곱할 뿐입니다.",
                "np.dot(A, B) or A @ B. A * B only multiplies the elements in the same places."),),
)
