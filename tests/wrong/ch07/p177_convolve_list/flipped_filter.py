"""Mistake: the filter is flipped (true convolution instead of the book's cross-correlation).

expect: The filter was flipped
"""
import numpy as np


def convolve_list(a, kernel):
    fh, fw = kernel.shape
    k = kernel[::-1, ::-1]
    return [np.sum(a[i:i + fh, j:j + fw] * k) for i in range(len(a) - fh + 1) for j in range(len(a[0]) - fw + 1)]
