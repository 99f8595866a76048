"""Mistake: padding only at the bottom and the right.

expect: The padding is on one side only
"""
import numpy as np


def zero_pad(m, p):
    return np.pad(m, ((0, p), (0, p)))
