"""Mistake: the hidden layers pass their sums on without the sigmoid.

expect: The hidden layers skip the sigmoid.
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def identity_function(x):
    return x


def network_output(x, W1, W2, W3):
    z1 = identity_function(np.dot(x, W1))
    z2 = identity_function(np.dot(z1, W2))
    return identity_function(np.dot(z2, W3))
