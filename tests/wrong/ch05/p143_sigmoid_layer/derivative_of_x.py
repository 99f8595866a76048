"""Mistake: the local derivative computed from the input x instead of the output y.

expect: The input x is used instead of the output y
"""
import numpy as np


class Sigmoid:
    def __init__(self):
        self.out = None
        self.x = None

    def forward(self, x):
        self.x = x
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.x) * self.x
