"""Mistake: sigmoid written with the form exp(x)/(1+exp(x)), which overflows to inf/inf = nan for large x.

expect: For large x, np.exp(x) overflows
"""
import numpy as np


def sigmoid(x):
    return np.exp(x) / (1 + np.exp(x))


def layer1_output(x, w):
    return sigmoid(np.dot(x, w))
