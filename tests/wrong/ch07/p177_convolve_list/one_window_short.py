"""Mistake: range(N - F) instead of range(N - F + 1): the last row and column of windows are lost.

expect: The number of windows is off by one
"""
import numpy as np


def convolve_list(a, kernel):
    kh, kw = kernel.shape
    return [int(np.sum(a[i:i + kh, j:j + kw] * kernel)) for i in range(a.shape[0] - kh) for j in range(a.shape[1] - kw)]
