"""Mistake: out1 is returned; the second layer is built but never used.

expect: It returns the first layer's output
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
        return np.dot(x, self.W) + self.b

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx


def two_layer_forward(x, W1, b1, W2, b2):
    layer_1, layer_2 = Affine(W1, b1), Affine(W2, b2)
    out1 = layer_1.forward(x)
    return out1
