"""Mistake: backward zeroes where x > 0 and lets dout through where x <= 0.

expect: The mask is the wrong way round
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
        dx[~self.mask] = 0
        return dx
