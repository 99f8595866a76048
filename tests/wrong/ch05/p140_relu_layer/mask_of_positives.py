"""Mistake: self.mask marks the positives (x > 0), used consistently: forward and backward are right, the mask is not.

expect: self.mask is the bool array that is True where x <= 0
"""
import numpy as np


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, dout):
        return dout * self.mask
