"""Mistake: writes sigmoid but returns the weighted sums without passing them through it.

expect: did not go through the activation function
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def y_hat(x, w):
    y = np.dot(x, w)
    sigmoid(y)
    return y
