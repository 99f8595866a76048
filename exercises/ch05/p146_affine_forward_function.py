"""p146 · Affine 순전파 함수 (An affine forward function)

[문제]
아래의 행렬을 입력받아 결과를 출력하는 forward 함수를 생성하시오

[Problem]
Write a forward function that takes the matrices below and outputs the result.

주어진 것 / Given:
    X = np.array([[1, 2]])
    W = np.array([[1, 3, 5], [2, 4, 6]])
    b = np.array([[1, 1, 1]])

    print(forward(X, W, b))

예시 / Example:
    >>> forward(np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]]))
    array([[ 6, 12, 18]])

힌트 / Hints: grade hint p146

채점 / Grade: grade p146
"""
import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The affine forward pass for one input row X (1, inputs): X·W + b."""
    raise NotImplementedError
