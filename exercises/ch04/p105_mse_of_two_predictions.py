"""p105 · 확률 0.1과 0.9 예측의 평균제곱오차 (MSE of a 0.1 and a 0.9 prediction)

[문제]
mean square error 함수의 공식을 가지고 0.1과 0.9 확률의 오차를 각각 출력하시오

[Problem]
Using the mean squared error formula, print the error for the predictions with probability 0.1 and 0.9 on the correct class.

주어진 것 / Given:
    x = np.array([0, 0, 0.1, 0, 0, 0, 0, 0, 0, 0.9])  # 숫자 9를 예측
    y = np.array([0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0.1])  # 숫자 2를 예측
    t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])

예시 / Example:
    >>> errors_of_both(x, y, t)
    (0.81, 0.009999999999999998)

힌트 / Hints: grade hint p105

채점 / Grade: grade p105
"""
import numpy as np


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 * the sum of (y - t)²."""
    raise NotImplementedError


def errors_of_both(x: np.ndarray, y: np.ndarray, t: np.ndarray) -> tuple[float, float]:
    """(the MSE of prediction x against t, the MSE of prediction y against t)."""
    raise NotImplementedError
