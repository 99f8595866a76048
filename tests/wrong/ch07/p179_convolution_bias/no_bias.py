"""Mistake: the bias is forgotten.

expect: The bias is missing
"""
import numpy as np


def convolve_bias(a, kernel, bias):
    fh, fw = kernel.shape
    oh, ow = a.shape[0] - fh + 1, a.shape[1] - fw + 1
    out = np.zeros((oh, ow), dtype=int)
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(a[i:i + fh, j:j + fw] * kernel)
    return out
