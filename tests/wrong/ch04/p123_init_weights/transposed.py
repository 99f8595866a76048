"""Mistake: 3 x 2 weights, which cannot take the 2 inputs on the left of np.dot(x, W).

expect: weights taking 2 inputs to 3 outputs are (2, 3)
"""
import numpy as np


def __init__():
    return np.random.rand(3, 2)
