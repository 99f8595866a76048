"""Mistake: forgets the 1/2 of the mean squared error.

expect: The 1/2 is missing
"""
import numpy as np


def mean_squared_error(y, t):
    return np.sum((y - t) ** 2)


def errors_of_both(x, y, t):
    return mean_squared_error(x, t), mean_squared_error(y, t)
