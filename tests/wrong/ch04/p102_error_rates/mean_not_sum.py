"""Mistake: np.mean in place of the book's sum: the error divided by the number of classes.

expect: Divided by the number of classes (np.mean)
"""
import numpy as np


def mean_squared_error(y, t):
    return 0.5 * np.mean((y - t) ** 2)


def error_rates(ys, t):
    return [round(mean_squared_error(np.array(y), np.array(t)) * 100, 2) for y in ys]
