"""Mistake: only the dot product, the bias is left out.

expect: The bias b is not added
"""
import numpy as np


def dot_plus_bias(X, W, b):
    return np.dot(X, W)
