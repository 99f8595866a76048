"""p035 · 시그모이드 함수 (The sigmoid function)

[문제]
시그모이드 함수를 파이썬으로 구현하시오

[Problem]
Implement the sigmoid function in Python.

주어진 것 / Given:
    x = np.array([1.0, 2.0])
    # h(x) = 1 / (1 + exp(-x))

예시 / Example:
    >>> sigmoid(np.array([1.0, 2.0]))
    array([0.73105858, 0.88079708])

힌트 / Hints: grade hint p035

채점 / Grade: grade p035
"""
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """h(x) = 1 / (1 + exp(-x)), element by element, for an array of any shape."""
    raise NotImplementedError
