"""Mistake: sigmoid written with the sign in the exponent is flipped, 1/(1+exp(x)): a decreasing curve.

expect: The sign is flipped
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(x))


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    z1 = sigmoid(np.dot(x, W1))
    z2 = sigmoid(np.dot(z1, W2))
    return identity_func(np.dot(z2, W3))
