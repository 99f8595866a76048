"""Mistake: the book's Relu: backward sets dout[self.mask] = 0 in the caller's array.

expect: changed the dout it was given
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


def relu_backward(x, dout):
    relu_test = Relu()
    relu_test.forward(x)
    return relu_test.backward(dout)
