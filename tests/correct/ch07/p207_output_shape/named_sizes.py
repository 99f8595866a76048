"""
style: unpacks the sizes with negative indices, height and width each on their own.
"""
import numpy as np


def output(data: np.ndarray, Filter: np.ndarray, S: int, P: int) -> tuple:
    h, w = data.shape[-2], data.shape[-1]
    fh, fw = Filter.shape[-2], Filter.shape[-1]
    return (h + 2 * P - fh) // S + 1, (w + 2 * P - fw) // S + 1
