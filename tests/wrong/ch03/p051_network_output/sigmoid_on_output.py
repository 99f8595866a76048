"""Mistake: the output layer goes through the sigmoid like the hidden layers.

expect: Sigmoid on the output layer
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def identity_function(x):
    return x


def network_output(x, W1, W2, W3):
    z1 = sigmoid(np.dot(x, W1))
    z2 = sigmoid(np.dot(z1, W2))
    return sigmoid(np.dot(z2, W3))
