"""Mistake: reshapes column by column (order='F'), so the picture comes out transposed.

expect: the image is transposed
"""
import numpy as np


def to_28x28(row):
    return np.reshape(row, (28, 28), order="F")
