"""Mistake: uses NumPy after all and returns an ndarray.

expect: Build it as a plain Python list, without NumPy.
"""
import numpy as np


def broadcast_row_lists(m, m2):
    return np.array(m) * np.array(m2)
