"""Mistake: the normal distribution.

expect: np.random.randn is the normal distribution
"""
import numpy as np


def random_images(n, c, h, w):
    return np.random.randn(n, c, h, w)
