"""Mistake: types the notes' matrix in instead of using the rows it is given.

expect: shape should be
"""
import numpy as np


def to_array(rows):
    return np.array([[1, 2], [3, 4]])
