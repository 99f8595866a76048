"""Mistake: the number of filters is ignored.

expect: arguments are ignored
"""
import numpy as np


def random_filter(fn=10):
    return np.random.rand(10, 3, 5, 5)
