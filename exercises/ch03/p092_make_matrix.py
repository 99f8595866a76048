"""p092 · 값들로 행렬 만들기 (A matrix from its values)

[문제]
아래의 행렬을 numpy 배열로 만드시오

[Problem]
Make the matrix below as a NumPy array.

주어진 것 / Given:
    [[0.1 0.8 0.1]
     [0.3 0.1 0.6]
     [0.2 0.5 0.3]
     [0.8 0.1 0.1]]

예시 / Example:
    >>> make_matrix([0.1, 0.8, 0.1, 0.3, 0.1, 0.6, 0.2, 0.5, 0.3, 0.8, 0.1, 0.1], 4)
    array([[0.1, 0.8, 0.1],
           [0.3, 0.1, 0.6],
           [0.2, 0.5, 0.3],
           [0.8, 0.1, 0.1]])

힌트 / Hints: grade hint p092

채점 / Grade: grade p092
"""
import numpy as np


def make_matrix(values: list, n_rows: int) -> np.ndarray:
    """Return the values, read row by row, as a NumPy matrix with n_rows rows."""
    raise NotImplementedError
