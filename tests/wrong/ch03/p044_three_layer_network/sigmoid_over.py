"""Mistake: sigmoid written with the form exp(x)/(1+exp(x)), which overflows to inf/inf = nan for large x.

expect: For large x, np.exp(x) overflows
"""
import numpy as np


def sigmoid(x):
    return np.exp(x) / (1 + np.exp(x))


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    z1 = sigmoid(np.dot(x, W1))
    z2 = sigmoid(np.dot(z1, W2))
    return identity_func(np.dot(z2, W3))
