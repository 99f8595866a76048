"""Mistake: sets the negative elements of the caller's array to 0 in place (x[x < 0] = 0) and returns that array.

expect: Relu changed its input array in place: x
"""
import numpy as np


def Relu(x):
    if np.ndim(x) == 0:
        return max(0, x)
    x[x < 0] = 0
    return x
