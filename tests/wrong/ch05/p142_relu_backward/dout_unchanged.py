"""Mistake: backward hands back a copy of dout without the mask.

expect: It returns dout unchanged
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
        dx = dout.copy()
        return dx


def relu_backward(x, dout):
    relu = Relu()
    relu.forward(x)
    return relu.backward(dout)
