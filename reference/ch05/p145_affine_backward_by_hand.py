import numpy as np


def affine_backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    dX = np.dot(dY, W.T)  # (1, 3)·(3, 2) = (1, 2): a gradient always has the shape of what it differentiates, here X
    dW = np.dot(X.T, dY)  # (2, 1)·(1, 3) = (2, 3): the shape of W
    return dX, dW
