"""Mistake: sigmoid written with the sign in the exponent is flipped, 1/(1+exp(x)): a decreasing curve.

expect: The sign is flipped
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(x))


def y_hat(x, w):
    return sigmoid(np.dot(x, w))
