"""Mistake: the window cut at (col, row).

expect: Row and column are swapped
"""
import numpy as np


def conv_at(x, filt, row, col, stride):
    fh, fw = filt.shape[-2:]
    top, left = col * stride, row * stride
    return int(np.sum(x[:, top:top + fh, left:left + fw] * filt))
