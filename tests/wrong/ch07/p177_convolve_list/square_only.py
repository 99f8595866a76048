"""Mistake: assumes a square matrix and filter: both loops use the row count.

expect: It assumes a square matrix and filter
"""
import numpy as np


def convolve_list(a, kernel):
    f = len(kernel)
    return [np.sum(a[i:i + f, j:j + f] * kernel) for i in range(len(a) - f + 1) for j in range(len(a) - f + 1)]
