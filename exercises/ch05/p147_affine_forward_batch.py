"""p147 · 배치를 처리하는 Affine 순전파 (The affine forward pass for a batch)

[문제]
지금 위의 코드는 MNIST 로 치면 딱 한장의 이미지만 입력되는 코드이다. 아래와 같이 batch 로 처리할 수 있도록 2장의 이미지로 처리되는 코드로 forward를 구현하시오

[Problem]
The code above handles only one image (in MNIST terms); implement forward so it processes a batch of 2 images as below.

주어진 것 / Given:
    X = np.array([[1, 2], [3, 4]])    # (2, 2)
    W = np.array([[1, 3, 5], [2, 4, 6]])  # (2, 3)
    b = np.array([[1, 1, 1]])

    print(forward(X, W, b))

예시 / Example:
    >>> forward(np.array([[1, 2], [3, 4]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]]))
    array([[ 6, 12, 18],
           [12, 26, 40]])

힌트 / Hints: grade hint p147

채점 / Grade: grade p147
"""
import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The affine forward pass for a batch X (N, inputs), one image per row: (N, outputs)."""
    raise NotImplementedError
