"""Mistake: sigmoid on every layer, the output layer too (it should be the identity function).

expect: Sigmoid on the output layer
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    z1 = sigmoid(np.dot(x, W1))
    z2 = sigmoid(np.dot(z1, W2))
    return sigmoid(np.dot(z2, W3))
