"""p153.

style: the two layers in a list, the input passed through in a loop
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
        return np.matmul(x, self.W) + self.b

    def backward(self, dout):
        dx = np.matmul(dout, self.W.T)
        self.dW = np.matmul(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx


def two_layer_forward(x, W1, b1, W2, b2):
    out = x
    for layer in [Affine(W1, b1), Affine(W2, b2)]:
        out = layer.forward(out)
    return out
