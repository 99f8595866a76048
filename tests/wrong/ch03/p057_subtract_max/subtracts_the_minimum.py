"""Mistake: subtracts np.min(a) instead of np.max(a): the largest power stays huge.

expect: It subtracts the minimum
"""
import numpy as np


def minus_max(a):
    return a - np.min(a)
