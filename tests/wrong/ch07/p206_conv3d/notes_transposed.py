"""Mistake: the notes' loops: the outer j moves the columns, so the result is transposed.

expect: The result is transposed
"""
import numpy as np


def conv3d(x, filt):
    _, fh, fw = filt.shape
    rst = []
    for j in range(x.shape[2] - fw + 1):
        for k in range(x.shape[1] - fh + 1):
            rst.append(np.sum(x[:, k:k + fh, j:j + fw] * filt))
    return np.array(rst).reshape(x.shape[2] - fw + 1, x.shape[1] - fh + 1)
