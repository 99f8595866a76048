"""Mistake: forward keeps the mask but forgets to zero the masked places.

expect: The negative values are not set to 0
"""
import numpy as np


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        return out

    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


def relu_forward(x):
    return Relu().forward(x)
