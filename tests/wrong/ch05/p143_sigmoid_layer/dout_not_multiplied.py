"""Mistake: backward returns the local derivative y(1 - y) alone, without dout.

expect: dout is not multiplied in
"""
import numpy as np


class Sigmoid:
    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return (1.0 - self.out) * self.out
