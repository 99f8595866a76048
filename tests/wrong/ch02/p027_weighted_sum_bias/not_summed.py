"""Mistake: the products x * w are returned with b added to each, never summed into one number.

expect: The products x * w are there, but not added up
"""
import numpy as np


def weighted_sum_with_bias(x, w, b):
    return x * w + b
