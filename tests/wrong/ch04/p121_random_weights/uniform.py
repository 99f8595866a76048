"""Mistake: np.random.rand (uniform in [0, 1)) instead of np.random.randn (standard normal).

expect: that is np.random.rand (uniform)
"""
import numpy as np


def random_weights(rows, cols):
    return np.random.rand(rows, cols)
