"""Mistake: one map per channel, not added together.

expect: The sums were taken per channel
"""
import numpy as np


def conv3d(x, filt):
    c, fh, fw = filt.shape
    out = np.zeros((c, x.shape[1] - fh + 1, x.shape[2] - fw + 1))
    for i in range(out.shape[1]):
        for j in range(out.shape[2]):
            out[:, i, j] = np.sum(x[:, i:i + fh, j:j + fw] * filt, axis=(1, 2))
    return out
