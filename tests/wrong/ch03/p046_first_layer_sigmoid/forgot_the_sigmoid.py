"""Mistake: stops at problem 45's weighted sums.

expect: did not go through the activation function
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def layer1_output(x, w):
    return np.dot(x, w)
