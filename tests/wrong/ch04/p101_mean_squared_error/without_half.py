"""Mistake: the sum of squares without the factor 1/2.

expect: The 1/2 is missing
"""
import numpy as np


def mean_squared_error(y, t):
    return np.sum((y - t) ** 2)
