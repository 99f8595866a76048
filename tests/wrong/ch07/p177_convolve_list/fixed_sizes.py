"""Mistake: written for the notes' 4 x 4 matrix and 3 x 3 filter: the window is 3 x 3 and len(a) - 2 windows a row.

expect: The code only fits a 4 x 4 matrix and a 3 x 3 filter
"""
import numpy as np


def convolve_list(a, kernel):
    return [np.sum(a[i:i + 3, j:j + 3] * kernel) for i in range(len(a) - 2) for j in range(len(a) - 2)]
