"""Mistake: reshape(1, -1) makes one long row, still a 2-D array.

expect: Still 2-D (one row)
"""
import numpy as np


def flatten(x):
    return np.array(x).reshape(1, -1)
