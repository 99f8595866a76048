"""p155.

style: the layers in an OrderedDict walked in order, as the book's TwoLayerNet.predict
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
    from collections import OrderedDict

    layers = OrderedDict(layer_1=Affine(W1, b1), relu_1=Relu(), layer_2=Affine(W2, b2))
    for layer in layers.values():
        x = layer.forward(x)
    return x
