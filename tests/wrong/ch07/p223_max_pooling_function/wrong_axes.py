"""Mistake: the maximum over the wrong axes of reshape(2, 2, 2, 2).

expect: wrong axes
"""
import numpy as np


def max_pooling(array):
    return array.reshape(2, 2, 2, 2).max(axis=(0, 2))
