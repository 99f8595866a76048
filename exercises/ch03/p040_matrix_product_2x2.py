"""p040 · 2×2 행렬의 곱 (Product of two 2×2 matrices)

[문제]
아래의 두 개의 행렬의 내적을 numpy로 구현하시오

[Problem]
Implement the dot product of the two given matrices with NumPy.

주어진 것 / Given:
    A = np.array([[1, 2], [3, 4]])
    B = np.array([[5, 6], [7, 8]])

예시 / Example:
    >>> matrix_product(A, B)
    array([[19, 22],
           [43, 50]])

힌트 / Hints: grade hint p040

채점 / Grade: grade p040
"""
import numpy as np


def matrix_product(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """The matrix product AB of two ndarrays (np.dot or @), for any shapes where it is defined.

    The course notes also show np.matrix: it is deprecated; use np.array and return an ndarray.
    """
    raise NotImplementedError
