"""Mistake: the notes' 2 x 2 windows of 3 x 3, counted by hand: range(2) in both loops.

expect: The code only fits a 4 x 4 matrix and a 3 x 3 filter
"""
import numpy as np


def convolve_list(a, kernel):
    out = []
    for i in range(2):
        for j in range(2):
            out.append(np.sum(a[i:i + 3, j:j + 3] * kernel))
    return out
