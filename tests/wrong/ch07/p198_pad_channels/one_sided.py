"""Mistake: zeros only after the pixels, below and to the right.

expect: The padding is on one side only
"""
import numpy as np


def pad_channels(data, p):
    return np.pad(data, ((0, 0), (0, p), (0, p)))
