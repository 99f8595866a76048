"""Mistake: adds the cross-entropy delta, so log(0) comes out as -16.1 instead of -inf.

expect: A small value (1e-7) is added
"""
import numpy as np


def log_of(x):
    return np.log(x + 1e-7)
