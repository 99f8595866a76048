"""Mistake: range(N - F) misses the last window.

expect: off by one
"""
import numpy as np


def window_sums(a, size):
    return [np.sum(a[i:i + size, j:j + size]) for i in range(len(a) - size) for j in range(len(a[0]) - size)]
