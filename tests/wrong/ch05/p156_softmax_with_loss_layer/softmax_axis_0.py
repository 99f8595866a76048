"""Mistake: softmax normalises each column of the batch (axis=0).

expect: Softmax normalised over the wrong axis
"""
import numpy as np


def softmax(a):
    c = np.max(a, axis=0, keepdims=True)
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a, axis=0, keepdims=True)


def cross_entropy_error(y, t):
    return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]


class SoftmaxWithLoss:
    def __init__(self):
        self.loss = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        self.loss = cross_entropy_error(self.y, self.t)
        return self.loss

    def backward(self, dout=1):
        return (self.y - self.t) / self.t.shape[0]
