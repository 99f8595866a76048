"""p026 · 입력과 가중치의 곱의 합 (NumPy) (The weighted sum with NumPy)

[문제]
아래의 식을 파이썬으로 구현하시오: x1 * w1 + x2 * w2 = ?

[Problem]
Implement x1*w1 + x2*w2 in Python.

주어진 것 / Given:
    x = np.array([0, 1])
    w = np.array([0.5, 0.5])

예시 / Example:
    >>> weighted_sum(np.array([0, 1]), np.array([0.5, 0.5]))
    0.5

힌트 / Hints: grade hint p026

채점 / Grade: grade p026
"""
import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray) -> float:
    """x1*w1 + x2*w2 + ...: the element-wise products, added up (one number)."""
    raise NotImplementedError
