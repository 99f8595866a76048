"""Mistake: returns the notes' result typed in, whatever the matrices.

expect: shape should be
"""
import numpy as np


def add_matrices(a, b):
    return np.array([[1, 3, 12], [8, 5, 0]])
