"""Mistake: the notes' answer taken literally: backward of the forward output, whatever dout is.

expect: It returns forward's output
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
    a = relu_test.forward(x)
    return relu_test.backward(a.copy())
