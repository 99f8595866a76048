"""p004 · 행렬의 덧셈 (Matrix addition)

[문제]
아래의 행렬식을 numpy로 구현하시오. (두 행렬을 받아 합을 돌려주는 함수로 만드세요.)

[Problem]
Implement the matrix expression with NumPy so that it produces [[1,3,12],[8,5,0]] (sum of two 2x3 matrices). (Write a function: it takes the two matrices and returns their sum.)

주어진 것 / Given:
    a = np.array([[1, 3, 7], [1, 0, 0]])
    b = np.array([[0, 0, 5], [7, 5, 0]])

예시 / Example:
    >>> add_matrices(a, b)
    array([[ 1,  3, 12],
           [ 8,  5,  0]])

힌트 / Hints: grade hint p004

채점 / Grade: grade p004
"""
import numpy as np


def add_matrices(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return a + b: the matrices added element by element (a and b have the same shape)."""
    raise NotImplementedError
