"""Mistake: transposes B "to make the rows line up": (2, 3) · (2, 3) does not fit.

expect: The inner dimensions do not match
"""
import numpy as np


def matrix_product(A, B):
    return np.dot(A, B.T)
