"""Mistake: np.sum without axis adds every element into one number.

expect: It sums every element
"""
import numpy as np


def column_sum(b):
    return np.sum(b)
