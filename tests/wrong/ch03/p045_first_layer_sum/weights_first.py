"""Mistake: w · x instead of x · w.

expect: The inner dimensions do not match
"""
import numpy as np


def layer1_sum(x, w):
    return np.dot(w, x)
