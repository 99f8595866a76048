"""p148.

style: @ and .T; forward with np.matmul
"""
import numpy as np


def forward(X, W, b):
    return np.matmul(X, W) + b


def backward(X, W, dY):
    dX = dY @ W.T
    dW = X.T @ dY
    print("dX:", dX)
    print("dW:", dW)
    return dX, dW
