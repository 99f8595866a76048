"""Mistake: returns the MSE itself, not the error rate in percent.

expect: Not multiplied by 100
"""
import numpy as np


def mean_squared_error(y, t):
    return 0.5 * np.sum((y - t) ** 2)


def error_rates(ys, t):
    return [mean_squared_error(np.array(y), np.array(t)) for y in ys]
