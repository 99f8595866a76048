"""Mistake: a softmax output layer where this regression network has the identity.

expect: The output layer is the softmax function
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def identity_function(x):
    return x


def network_output(x, W1, W2, W3):
    y3 = np.dot(sigmoid(np.dot(sigmoid(np.dot(x, W1)), W2)), W3)
    e = np.exp(y3 - np.max(y3))
    return e / np.sum(e)
