"""Mistake: the mask is returned instead of the output.

expect: It returns the mask
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
        dout[self.mask] = 0
        dx = dout
        return dx


def relu_forward(x):
    relu_test = Relu()
    relu_test.forward(x)
    return relu_test.mask
