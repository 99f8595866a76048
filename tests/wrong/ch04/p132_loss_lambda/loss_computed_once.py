"""Mistake: computes the loss once when f is made, so f never sees the weights change.

expect: do not compute the loss once in advance
"""
import numpy as np


class Network:
    def __init__(self, W):
        self.W = np.array(W, dtype=float)

    def loss(self, x, t):
        return float(np.sum((np.dot(x, self.W) - t) ** 2))


def make_f(network, x, t):
    loss = network.loss(x, t)
    return lambda W: loss


def f_at(W0, x, t, W):
    network = Network(W0)
    f = make_f(network, x, t)
    before = f(W)
    network.W[0, 0] += 1.0
    return f.__name__, before, f(W)
