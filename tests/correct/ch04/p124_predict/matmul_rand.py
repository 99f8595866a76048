"""Uniform weights (the notes' np.random.rand) and @.

style: np.random.rand, @
"""
import numpy as np


def __init__():
    return np.random.rand(2, 3)


def predict(x, w):
    return x @ w
