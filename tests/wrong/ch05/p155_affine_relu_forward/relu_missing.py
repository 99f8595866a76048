"""Mistake: relu_1 is built but out1 goes straight into layer_2.

expect: ReLU is missing
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



class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


def two_layer_relu_forward(x, W1, b1, W2, b2):
    layer_1, relu_1, layer_2 = Affine(W1, b1), Relu(), Affine(W2, b2)
    return layer_2.forward(layer_1.forward(x))
