"""Mistake: the outer loop runs over the columns: the list comes out column by column.

expect: Rows and columns are swapped
"""
import numpy as np


def convolve_list(a, kernel):
    kh, kw = kernel.shape
    return [int(np.sum(a[i:i + kh, j:j + kw] * kernel)) for j in range(a.shape[1] - kw + 1) for i in range(a.shape[0] - kh + 1)]
