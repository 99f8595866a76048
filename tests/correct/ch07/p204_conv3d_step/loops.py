"""
style: three nested loops over channels, rows and columns.
"""
import numpy as np


def conv3d_step(window: np.ndarray, filt: np.ndarray) -> int:
    total = 0
    for c in range(filt.shape[0]):
        for i in range(filt.shape[1]):
            for j in range(filt.shape[2]):
                total += window[c, i, j] * filt[c, i, j]
    return total
