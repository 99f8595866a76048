"""Mistake: "add the matrices" read as "put them together": np.append joins them into one long 1-D array.

expect: The two arrays were joined (np.append / concatenate)
"""
import numpy as np


def add_matrices(a, b):
    return np.append(a, b)
