"""Mistake: takes "multiply" as the matrix product.

expect: That is the matrix product (np.dot, @)
"""
import numpy as np


def broadcast_row(a, b):
    return np.dot(a, b)
