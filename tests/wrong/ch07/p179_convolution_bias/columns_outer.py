"""Mistake: the outer loop runs over the columns: the map comes out transposed.

expect: Rows and columns are swapped
"""
import numpy as np


def convolve_bias(a, kernel, bias):
    kh, kw = kernel.shape
    return np.array([[np.sum(a[i:i + kh, j:j + kw] * kernel) for i in range(a.shape[0] - kh + 1)] for j in range(a.shape[1] - kw + 1)]) + bias
