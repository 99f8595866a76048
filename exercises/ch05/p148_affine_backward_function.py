"""p148 · 배치의 Affine 역전파 함수 (The affine backward function for a batch)

[문제]
문제 147번에 대한 역전파 함수를 backward 라는 이름으로 생성하시오

[Problem]
Create the backward-pass function for problem 147 under the name backward.

주어진 것 / Given:
    X = np.array([[1, 2], [3, 4]])      # (2, 2)
    W = np.array([[1, 3, 5], [2, 4, 6]])  # (2, 3)
    b = np.array([[1, 1, 1]])            # (1, 3)
    dY = np.array([[1, 1, 1], [2, 2, 2]])  # (2, 3)

예시 / Example:
    >>> dX, dW = backward(X, W, dY)
    >>> dX      # 입력값에 대한 역전파 / with respect to the input
    array([[ 9, 12],
           [18, 24]])
    >>> dW      # 가중치에 대한 역전파 / with respect to the weights
    array([[ 7,  7,  7],
           [10, 10, 10]])

힌트 / Hints: grade hint p148

채점 / Grade: grade p148
"""
import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The batch forward pass of problem 147: X·W + b."""
    raise NotImplementedError


def backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(dX, dW) for a batch: dX (N, inputs) like X, dW (inputs, outputs) like W. Return them (the notes print them)."""
    raise NotImplementedError
