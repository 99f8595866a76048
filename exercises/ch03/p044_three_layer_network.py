"""p044 · 3층 신경망 (A 3-layer network)

[문제]
칠판에 나온 3층 신경망을 구현하고 J_1 , J_2 값을 구하시오 (3층 신경망 코드)

[Problem]
Implement the 3-layer network from the blackboard and compute the outputs J1, J2.

주어진 것 / Given:
    x = np.array([1, 2])
    W1 = np.array([[1, 3, 5], [4, 5, 6]])
    W2 = np.array([[1, 2], [3, 4], [5, 6]])
    W3 = np.array([[1, 2], [3, 4]])
    # 1층, 2층 뒤에 시그모이드, 출력층은 항등 함수, 편향 없음
    # sigmoid after layers 1 and 2, identity at the output, no biases

예시 / Example:
    >>> three_layer(np.array([1, 2]), W1, W2, W3)
    array([3.99985815, 5.9997286 ])

힌트 / Hints: grade hint p044

채점 / Grade: grade p044
"""
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError


def identity_func(x: np.ndarray) -> np.ndarray:
    """The output layer's activation: x unchanged."""
    raise NotImplementedError


def three_layer(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    """The outputs (J_1, J_2): x·W1 -> sigmoid -> ·W2 -> sigmoid -> ·W3 -> identity_func (no biases)."""
    raise NotImplementedError
