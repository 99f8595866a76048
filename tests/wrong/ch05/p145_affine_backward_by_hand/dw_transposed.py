"""Mistake: dW = dY.T · X, the transpose of the right product (shape (3, 2) instead of W's (2, 3)).

expect: dW has the wrong order or transpose
"""
import numpy as np


def affine_backward(X, W, dY):
    dX = np.dot(dY, W.T)
    dW = np.dot(dY.T, X)
    return dX, dW
