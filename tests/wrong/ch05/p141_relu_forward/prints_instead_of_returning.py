"""Mistake: the notes' habit: print the result instead of returning it.

expect: It returned nothing (None)
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
    a = relu_test.forward(x)
    print(a)
