"""Mistake: returns the element-wise comparison without counting it.

expect: It returns the True/False array
"""
import numpy as np


def count_same(x, y):
    return np.array(x) == np.array(y)
