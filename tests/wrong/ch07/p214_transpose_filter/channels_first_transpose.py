"""Mistake: transpose(2, 0, 1) is not .T (rows and columns stay where they were).

expect: .T reverses all
"""
import numpy as np


def make_filter():
    w, k = [255, 255, 255], [0, 0, 0]
    row = [w, w, k, w, w]
    return np.array([row, row, [k] * 5, row, row], dtype=np.uint8)


def transposed(f):
    return np.transpose(f, (2, 0, 1)) if f.ndim == 3 else f.T
