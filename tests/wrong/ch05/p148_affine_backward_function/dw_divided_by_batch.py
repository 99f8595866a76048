"""Mistake: dW averaged over the batch, as if a mean loss were being differentiated.

expect: dW is divided by the batch size
"""
import numpy as np


def forward(X, W, b):
    return np.dot(X, W) + b


def backward(X, W, dY):
    dX = np.dot(dY, W.T)
    dW = np.dot(X.T, dY) / X.shape[0]
    return dX, dW
