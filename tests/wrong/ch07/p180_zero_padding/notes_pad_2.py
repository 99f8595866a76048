"""Mistake: the notes' answer, pad_width=2, whatever p is.

expect: It pads 2 whatever p is
"""
import numpy as np


def zero_pad(m, p):
    return np.pad(m, pad_width=2, mode="constant", constant_values=0)
