"""Mistake: 2p zeros on every side.

expect: It adds 2p on each side
"""
import numpy as np


def zero_pad(m, p):
    return np.pad(m, 2 * p)
