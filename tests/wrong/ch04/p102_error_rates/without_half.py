"""Mistake: the mean squared error without its 1/2: np.sum((y - t)**2).

expect: The 1/2 is missing
"""
import numpy as np


def mean_squared_error(y, t):
    return np.sum((y - t) ** 2)


def error_rates(ys, t):
    return [round(mean_squared_error(np.array(y), np.array(t)) * 100, 2) for y in ys]
