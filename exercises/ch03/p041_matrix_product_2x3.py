"""p041 · 2×3 행렬과 3×2 행렬의 곱 (Product of a 2×3 and a 3×2 matrix)

[문제]
아래의 행렬 곱(내적)을 파이썬으로 구현하시오

[Problem]
Implement the given matrix product (2x3 times 3x2) in Python.

주어진 것 / Given:
    A = np.array([[1, 2, 3], [4, 5, 6]])
    B = np.array([[5, 6], [7, 8], [9, 10]])
    # 강의 노트는 np.matrix 와 A*B 를 씁니다 / the notes use np.matrix and A*B: use np.array and np.dot

예시 / Example:
    >>> matrix_product(A, B)
    array([[ 46,  52],
           [109, 124]])

힌트 / Hints: grade hint p041

채점 / Grade: grade p041
"""
import numpy as np


def matrix_product(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """AB for A of shape (n, k) and B of shape (k, m): an ndarray of shape (n, m).

    Use np.array with np.dot (or @), not np.matrix (deprecated): the grader wants a plain ndarray back.
    """
    raise NotImplementedError
