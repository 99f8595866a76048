"""Mistake: BA for AB; the matrix product does not commute.

expect: The operands are swapped
"""
import numpy as np


def matrix_product(A, B):
    return np.dot(B, A)
