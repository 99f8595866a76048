"""Mistake: axis=0, the position of the largest element in each column.

expect: Wrong axis: axis=0
"""
import numpy as np


def row_argmax(y):
    return np.argmax(y, axis=0)
