"""Mistake: only the rows get zeros: np.pad(m, ((p, p), (0, 0))).

expect: Only the top and bottom are padded
"""
import numpy as np


def zero_pad(m, p):
    return np.pad(m, ((p, p), (0, 0)))
