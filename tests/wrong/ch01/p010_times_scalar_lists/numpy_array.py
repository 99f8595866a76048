"""Mistake: NumPy does the broadcast, and the ndarray comes back instead of a list.

expect: Build it as a plain Python list, without NumPy.
"""
import numpy as np


def times_scalar_lists(m, m2):
    return np.array(m) * np.array(m2)
