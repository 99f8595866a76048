"""Mistake: the book's and the notes' backward, dout[self.mask] = 0, which changes the caller's dout.

expect: changed its input array in place
expect: The book's Relu.backward does dout[self.mask] = 0
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
