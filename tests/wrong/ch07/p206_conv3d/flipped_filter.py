"""Mistake: the filter flipped (scipy.signal.convolve habits).

expect: The filter was flipped
"""
import numpy as np


def conv3d(x, filt):
    _, fh, fw = filt.shape
    f = filt[:, ::-1, ::-1]
    out = np.zeros((x.shape[1] - fh + 1, x.shape[2] - fw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(x[:, i:i + fh, j:j + fw] * f)
    return out
