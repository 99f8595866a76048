"""Mistake: the shape instead of the number of axes.

expect: It returns the shape
"""
import numpy as np


def ndim_of(x):
    return np.array(x).shape
