"""Mistake: p026's weighted sum returned as it was: the bias b is taken as a parameter and forgotten.

expect: The bias b is not added.
"""
import numpy as np


def weighted_sum_with_bias(x, w, b):
    return np.sum(x * w)
