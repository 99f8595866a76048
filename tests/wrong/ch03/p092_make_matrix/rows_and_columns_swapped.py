"""Mistake: reshape(-1, n_rows): n_rows becomes the number of columns.

expect: The axes are swapped
"""
import numpy as np


def make_matrix(values, n_rows):
    return np.array(values).reshape(-1, n_rows)
