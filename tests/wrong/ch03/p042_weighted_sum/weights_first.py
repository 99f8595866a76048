"""Mistake: w · x as in the maths of a column vector; with a row of inputs x comes first.

expect: The inner dimensions do not match
"""
import numpy as np


def weighted_sum(x, w):
    return np.dot(w, x)
