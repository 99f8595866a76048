"""p051 · 항등함수를 통과한 최종 결과 (The final result after the identity function)

[문제]
항등함수를 통과시킨 최종 결과를 출력하시오

[Problem]
Print the final result after passing through the identity function.

주어진 것 / Given:
    x = np.array([1, 2])
    W1 = np.array([[1, 3, 5], [4, 5, 6]])
    W2 = np.array([[1, 2], [3, 4], [5, 6]])
    W3 = np.array([[1, 2], [3, 4]])

예시 / Example:
    >>> network_output(np.array([1, 2]), W1, W2, W3)
    array([3.99985815, 5.9997286 ])

힌트 / Hints: grade hint p051

채점 / Grade: grade p051
"""
import numpy as np


def identity_function(x: np.ndarray) -> np.ndarray:
    """Return x unchanged (problem 50)."""
    raise NotImplementedError


def network_output(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    """The whole 3-layer pass (no biases): sigmoid on layers 1 and 2, then identity_function(y3)."""
    raise NotImplementedError
