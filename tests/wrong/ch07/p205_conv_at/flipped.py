"""Mistake: the filter rotated by 180 degrees.

expect: The filter was flipped
"""
import numpy as np


def conv_at(x, filt, row, col, stride):
    fh, fw = filt.shape[-2:]
    top, left = row * stride, col * stride
    return int(np.sum(x[:, top:top + fh, left:left + fw] * filt[:, ::-1, ::-1]))
