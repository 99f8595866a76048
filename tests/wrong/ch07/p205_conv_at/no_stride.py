"""Mistake: row and col used as pixel offsets, the stride forgotten.

expect: The stride is not applied
"""
import numpy as np


def conv_at(x, filt, row, col, stride):
    _, fh, fw = filt.shape
    return np.sum(x[:, row:row + fh, col:col + fw] * filt)
