"""Mistake: the Affine layer leaves out the bias.

expect: The biases are not added
"""
import numpy as np


class Affine:
    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        return np.dot(x, self.W)

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx


def two_layer_forward(x, W1, b1, W2, b2):
    layer_1 = Affine(W1, b1)
    layer_2 = Affine(W2, b2)
    return layer_2.forward(layer_1.forward(x))
