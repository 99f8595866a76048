"""Mistake: the notes' reshape(2, 2), right only for a 4 x 4 matrix and a 3 x 3 filter.

expect: only fits a 4 x 4 matrix
"""
import numpy as np


def convolve_bias(a, kernel, bias):
    fh, fw = kernel.shape
    result = [np.sum(a[i:i + fh, j:j + fw] * kernel) for i in range(a.shape[0] - fh + 1) for j in range(a.shape[1] - fw + 1)]
    return np.reshape(result, (2, 2)) + bias
