"""Mistake: the windows summed without the filter.

expect: The window sums without the filter
"""
import numpy as np


def convolve_list(a, kernel):
    kh, kw = kernel.shape
    return [int(np.sum(a[i:i + kh, j:j + kw])) for i in range(a.shape[0] - kh + 1) for j in range(a.shape[1] - kw + 1)]
