"""Mistake: axis=1 sums each row, not each column.

expect: It sums the rows (axis=1)
"""
import numpy as np


def column_sum(b):
    return np.sum(b, axis=1)
