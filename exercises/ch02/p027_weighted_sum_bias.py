"""p027 · 편향을 더한 가중합 (The weighted sum plus a bias)

[문제]
위의 식에 책 52쪽에 나오는 편향을 더해 완성한 아래의 식을 파이썬으로 구현하시오: b + x1 * w1 + x2 * w2 = ?

[Problem]
Add the bias from page 52 of the book and implement b + x1*w1 + x2*w2 in Python.

주어진 것 / Given:
    x = np.array([0, 1])
    w = np.array([0.5, 0.5])
    b = -0.7

예시 / Example:
    >>> weighted_sum_with_bias(np.array([0, 1]), np.array([0.5, 0.5]), -0.7)
    -0.19999999999999996

힌트 / Hints: grade hint p027

채점 / Grade: grade p027
"""
import numpy as np


def weighted_sum_with_bias(x: np.ndarray, w: np.ndarray, b: float) -> float:
    """b + x1*w1 + x2*w2 + ... (one number)."""
    raise NotImplementedError
