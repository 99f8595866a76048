"""Mistake: db = dY, not summed over the batch.

expect: db is not summed over the batch
"""
import numpy as np


def backward(X, W, dY):
    dX = np.dot(dY, W.T)
    dW = np.dot(X.T, dY)
    db = dY
    return dX, dW, db
