"""Mistake: loss hands cross_entropy_error the target first and the prediction second.

expect: The arguments of cross_entropy_error are swapped
"""
import numpy as np


def softmax(a):
    c = np.max(a)
    return np.exp(a - c) / np.sum(np.exp(a - c))


def cross_entropy_error(y, t):
    return -np.sum(t * np.log(y + 1e-7))


class simpleNet:
    def __init__(self):
        self.W = np.random.randn(2, 3)

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        return cross_entropy_error(t, softmax(self.predict(x)))
