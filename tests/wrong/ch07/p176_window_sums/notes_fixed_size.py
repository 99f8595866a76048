"""Mistake: the notes' loops, fixed to a 3 x 3 window (range(len - 2)).

expect: only fits a 4 x 4 matrix
"""
import numpy as np


def window_sums(a, size):
    result = []
    for i in range(len(a[0]) - 2):
        for j in range(len(a) - 2):
            result.append(np.sum(a[i:i + 3, j:j + 3]))
    return result
