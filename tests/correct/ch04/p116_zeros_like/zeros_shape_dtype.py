"""np.zeros with x's shape and dtype.

style: np.zeros(x.shape, x.dtype)
"""
import numpy as np


def zeros_like_of(x):
    return np.zeros(x.shape, dtype=x.dtype)
