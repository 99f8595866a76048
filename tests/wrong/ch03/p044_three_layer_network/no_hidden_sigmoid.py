"""Mistake: the hidden layers pass their sums on without the sigmoid.

expect: The hidden layers skip the sigmoid.
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    z1 = identity_func(np.dot(x, W1))
    z2 = identity_func(np.dot(z1, W2))
    return identity_func(np.dot(z2, W3))
