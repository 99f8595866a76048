"""Weights, sigmoid and pass written in one function.

style: everything in one function
"""
import numpy as np


def network_output_for(x):
    W1 = np.array([[1, 3, 5], [4, 5, 6]])
    W2 = np.array([[1, 2], [3, 4], [5, 6]])
    W3 = np.array([[1, 2], [3, 4]])
    z1 = 1 / (1 + np.exp(-np.dot(x, W1)))
    z2 = 1 / (1 + np.exp(-np.dot(z1, W2)))
    return np.dot(z2, W3)
