"""Mistake: the notes' Affine, whose backward reads the global X (the example's input) instead of self.x.

expect: the global variable X
"""
import numpy as np

X = np.array([[1, 2], [3, 4]])


class Affine:
    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        Y = np.dot(x, self.W) + self.b
        return Y

    def backward(self, dY):
        dx = np.dot(dY, self.W.T)
        self.dW = np.dot(X.T, dY)
        self.db = np.sum(dY, axis=0)
        return dx
