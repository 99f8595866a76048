"""Mistake: a matrix product (@) instead of the element-wise product, then summed.

expect: That is a matrix product
"""
import numpy as np


def convolution_step(a, b):
    return np.sum(a @ b)
