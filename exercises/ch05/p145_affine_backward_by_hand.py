"""p145 · Affine 역전파: dX와 dW (The affine backward pass: dX and dW)

[문제]
위의 순전파의 역전파된 최종값인 dX와 dW를 각각 구하시오. 상류에서 흘러온 기울기 dY(= ∂L/∂Y, Y와 같은 형상)는 아래와 같이 정합니다 (노트의 답이 고른 값).

[Problem]
Compute dX and dW, the final values of back-propagating the forward pass above. The upstream gradient dY (= ∂L/∂Y, the shape of Y) is given below (the value the notes' answer chose).

주어진 것 / Given:
    X = np.array([[1, 2]])
    W = np.array([[1, 3, 5], [2, 4, 6]])
    b = np.array([[1, 2, 3]])
    Y = np.dot(X, W) + b      # [[ 6 13 20]]
    dY = np.array([[1, 2, 3]])  # 상류의 기울기 / the upstream gradient ∂L/∂Y

예시 / Example:
    >>> dX, dW = affine_backward(np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 2, 3]]))
    >>> dX
    array([[22, 28]])
    >>> dW
    array([[1, 2, 3],
           [2, 4, 6]])

힌트 / Hints: grade hint p145

채점 / Grade: grade p145
"""
import numpy as np


def affine_backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(dX, dW) for Y = X·W + b and the upstream gradient dY: dX has the shape of X, dW that of W."""
    raise NotImplementedError
