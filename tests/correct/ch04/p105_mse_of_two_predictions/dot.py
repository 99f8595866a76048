"""The squared norm as a dot product.

style: np.dot(d, d)
"""
import numpy as np


def mean_squared_error(y, t):
    d = np.asarray(y, dtype=float) - t
    return 0.5 * float(np.dot(d, d))


def errors_of_both(x, y, t):
    return mean_squared_error(x, t), mean_squared_error(y, t)
