"""Mistake: backward starts from np.ones_like(out2) instead of out2 itself.

expect: dY is not out2
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


def two_layer_backward(x, W1, b1, W2, b2):
    layer_1, layer_2 = Affine(W1, b1), Affine(W2, b2)
    out2 = layer_2.forward(layer_1.forward(x))
    dx1 = layer_1.backward(layer_2.backward(np.ones_like(out2)))
    return {"dx": dx1, "dW1": layer_1.dW, "db1": layer_1.db, "dW2": layer_2.dW, "db2": layer_2.db}
