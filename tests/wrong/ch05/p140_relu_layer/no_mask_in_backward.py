"""Mistake: backward passes dout through everywhere, as if ReLU's derivative were 1.

expect: backward returns dout unchanged
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
        return dout.copy()
