"""Mistake: sigmoid written with the parentheses are missing, 1/1+np.exp(-x), which is 1 + exp(-x).

expect: Missing parentheses: 1/1+np.exp(-x)
"""
import numpy as np


def sigmoid(x):
    return 1 / 1 + np.exp(-x)


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    z1 = sigmoid(np.dot(x, W1))
    z2 = sigmoid(np.dot(z1, W2))
    return identity_func(np.dot(z2, W3))
