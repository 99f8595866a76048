"""p101 · 평균제곱오차 (Mean squared error)

[문제]
평균제곱 오차 함수를 책 112페이지 식을 참고해서 함수를 만들어 구현하시오

[Problem]
Implement the mean squared error function following the formula on page 112 of the book.

주어진 것 / Given:
    t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
    E = 0.5 * Σ_k (y_k - t_k)²

예시 / Example:
    >>> mean_squared_error(np.array(y), np.array(t))
    0.09750000000000003

힌트 / Hints: grade hint p101

채점 / Grade: grade p101
"""
import numpy as np


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 * the sum of (y - t)² over all classes: y is the prediction, t the one-hot target."""
    raise NotImplementedError
