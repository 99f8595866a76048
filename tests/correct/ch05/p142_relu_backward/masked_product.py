"""p142.

style: backward multiplies dout by the inverted mask; the function calls forward first
"""
import numpy as np


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        return dout * np.logical_not(self.mask)


def relu_backward(x, dout):
    layer = Relu()
    layer.forward(x)
    return layer.backward(dout)
