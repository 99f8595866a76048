"""p154.

style: layers in a list, backward through reversed(layers)
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


def two_layer_backward(x, W1, b1, W2, b2):
    layers = [Affine(W1, b1), Affine(W2, b2)]
    out = x
    for layer in layers:
        out = layer.forward(out)
    dout = out
    for layer in reversed(layers):
        dout = layer.backward(dout)
    return {"dx": dout, "dW1": layers[0].dW, "db1": layers[0].db, "dW2": layers[1].dW, "db2": layers[1].db}
