"""p140.

style: np.where in forward and backward (new arrays, floats)
"""
import numpy as np


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        return np.where(self.mask, 0.0, x)

    def backward(self, dout):
        return np.where(self.mask, 0.0, dout)  # a new array: the caller's dout stays as it was
