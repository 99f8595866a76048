"""Mistake: np.random.randn (normal, negatives too) instead of np.random.rand.

expect: np.random.rand
"""
import numpy as np


def random_photos(n=10):
    return np.random.randn(n, 3, 7, 7)
