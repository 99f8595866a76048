"""Mistake: the notes' np.matrix, where * is the matrix product: the result is an np.matrix, not an ndarray.

expect: Return a plain ndarray
"""
import numpy as np


def matrix_product(A, B):
    return np.matrix(A) * np.matrix(B)
