"""Mistake: np.max (the largest element of one array; its 2nd argument is an axis) for np.maximum.

expect: The element-wise maximum is np.maximum(0, x)
"""
import numpy as np


def Relu(x):
    return np.max(0, x)
