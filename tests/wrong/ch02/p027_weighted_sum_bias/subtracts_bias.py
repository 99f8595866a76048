"""Mistake: subtracts the bias, as if b were a threshold to be taken away (b = -0.7 already is negative).

expect: The bias is subtracted
"""
import numpy as np


def weighted_sum_with_bias(x, w, b):
    return np.sum(x * w) - b
