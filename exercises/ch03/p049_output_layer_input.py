"""p049 · 출력층에 들어가기 전의 값 y3 (y3, the value entering the output layer)

[문제]
출력층(3층)의 항등함수에 값이 입력되기 전의 y3 값을 출력하시오

[Problem]
Print y3, the value of the output layer (layer 3) before it enters the identity function.

주어진 것 / Given:
    x = np.array([1, 2])
    W1 = np.array([[1, 3, 5], [4, 5, 6]])
    W2 = np.array([[1, 2], [3, 4], [5, 6]])
    W3 = np.array([[1, 2], [3, 4]])
    y3 = np.dot(y2_hat, W3)  # y2_hat: 은닉 2층의 출력 / the output of hidden layer 2

예시 / Example:
    >>> output_layer_input(np.array([1, 2]), W1, W2, W3)
    array([3.99985815, 5.9997286 ])

힌트 / Hints: grade hint p049

채점 / Grade: grade p049
"""
import numpy as np


def output_layer_input(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    """Return y3 = y2_hat · W3, where y_hat = sigmoid(x · W1) and y2_hat = sigmoid(y_hat · W2) (no biases)."""
    raise NotImplementedError
