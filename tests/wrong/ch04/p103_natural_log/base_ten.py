"""Mistake: the base-10 logarithm.

expect: That is the base-10 logarithm
"""
import numpy as np


def natural_log(x):
    return np.log10(x)
