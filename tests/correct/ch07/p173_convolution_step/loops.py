"""
style: two nested loops over the rows and columns, no NumPy arithmetic.
"""
import numpy as np


def convolution_step(a: np.ndarray, b: np.ndarray) -> int:
    total = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            total += a[i, j] * b[i, j]
    return total
