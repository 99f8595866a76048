"""Mistake: sigmoid written with exp(x) instead of exp(-x).

expect: The sign is flipped
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(x))


def layer1_output(x, w):
    return sigmoid(np.dot(x, w))
