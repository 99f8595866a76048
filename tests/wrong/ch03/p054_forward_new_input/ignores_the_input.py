"""Mistake: the notes' own answer: x is set to [1, 2] again inside, so the new input is ignored.

expect: It ignores its input
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def network_output_for(x):
    x = np.array([1, 2])
    W1, W2, W3 = np.array([[1, 3, 5], [4, 5, 6]]), np.array([[1, 2], [3, 4], [5, 6]]), np.array([[1, 2], [3, 4]])
    return np.dot(sigmoid(np.dot(sigmoid(np.dot(x, W1)), W2)), W3)
