"""Mistake: keepdims=True keeps the summed axis: (1, columns), not (columns,).

expect: keepdims=True gives the shape (1, columns)
"""
import numpy as np


def column_sum(b):
    return np.sum(b, axis=0, keepdims=True)
