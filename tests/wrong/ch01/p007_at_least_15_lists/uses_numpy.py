"""Mistake: falls back to NumPy and returns an ndarray where a plain list is asked for.

expect: Build it as a plain Python list, without NumPy.
"""
import numpy as np


def at_least_15_list(m):
    a = np.array(m)
    return a[a >= 15]
