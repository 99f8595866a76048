"""Mistake: the sigmoid layer's backward keeps the factor y and forgets (1 - y).

expect: dout * self.out lacks the factor (1.0 - self.out)
"""
import numpy as np


class Sigmoid:
    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return dout * self.out


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = TwoLayersNet = NotWritten


def train(*args):
    raise NotImplementedError
