"""The length of the shape tuple.

style: len(np.shape(x))
"""
import numpy as np


def ndim_of(x):
    return len(np.shape(x))
