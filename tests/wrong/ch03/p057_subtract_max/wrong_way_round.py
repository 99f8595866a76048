"""Mistake: max - a instead of a - max.

expect: Subtracted the wrong way round
"""
import numpy as np


def minus_max(a):
    return np.max(a) - a
