"""Mistake: no delta inside the log, so a 0 probability gives log(0) = -inf and 0 * -inf = nan.

expect: Missing 1e-7 in the log
"""
import numpy as np


def cross_entropy_error(y, t):
    return -np.sum(t * np.log(y))
