"""Mistake: returns the answer given in the statement instead of computing it from x and w.

expect: shape should be
"""
import numpy as np


def layer1_sum(x, w):
    return np.array([9, 13, 17])
