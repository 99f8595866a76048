"""p144 · 행렬의 내적 + 바이어스 (The dot product plus the bias)

[문제]
아래의 두 행렬의 내적과 바이어스를 더한 값이 무엇인지 파이썬으로 구현하시오

[Problem]
Compute in Python the dot product of the two matrices below plus the bias.

주어진 것 / Given:
    X = np.array([[1, 2]])
    W = np.array([[1, 3, 5], [2, 4, 6]])
    b = np.array([[1, 2, 3]])

예시 / Example:
    >>> dot_plus_bias(np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 2, 3]]))
    array([[ 6, 13, 20]])

힌트 / Hints: grade hint p144

채점 / Grade: grade p144
"""
import numpy as np


def dot_plus_bias(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Y = X·W + b (np.dot, then the bias broadcast over the rows)."""
    raise NotImplementedError
