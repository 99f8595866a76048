"""Mistake: only matrix products, no activation between the layers.

expect: The hidden layers skip the sigmoid
"""
import numpy as np


def output_layer_input(x, W1, W2, W3):
    return np.dot(np.dot(np.dot(x, W1), W2), W3)
