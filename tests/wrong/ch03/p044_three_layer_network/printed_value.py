"""Mistake: returns the numbers the notes print (which their own code does not give), not a computation.

expect: wrong value
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    return np.array([3.99985709, 5.99972663])
