"""Mistake: returns the element-wise products x * w without adding them up.

expect: not added up
"""
import numpy as np


def weighted_sum(x, w):
    return x * w
