"""Mistake: flattens the rows into one 1-D array.

expect: It was flattened into one row (1-D)
"""
import numpy as np


def to_array(rows):
    return np.array(rows).flatten()
