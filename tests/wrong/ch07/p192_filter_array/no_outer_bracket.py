"""Mistake: the outer bracket left out: (3, 9).

expect: One outer bracket is missing (C, 9)
"""
import numpy as np


def filter_array(rows):
    return np.array(rows)
