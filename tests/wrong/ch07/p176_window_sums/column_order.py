"""Mistake: the outer loop walks the columns: the sums come out column by column.

expect: Rows and columns are swapped
"""
import numpy as np


def window_sums(a, size):
    return [np.sum(a[i:i + size, j:j + size]) for j in range(len(a[0]) - size + 1) for i in range(len(a) - size + 1)]
