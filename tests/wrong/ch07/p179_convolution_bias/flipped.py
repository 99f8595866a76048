"""Mistake: the textbook-maths convolution: the filter rotated by 180 degrees.

expect: The filter was flipped
"""
import numpy as np


def convolve_bias(a, kernel, bias):
    k = kernel[::-1, ::-1]
    kh, kw = k.shape
    return np.array([[np.sum(a[i:i + kh, j:j + kw] * k) for j in range(a.shape[1] - kw + 1)] for i in range(a.shape[0] - kh + 1)]) + bias
