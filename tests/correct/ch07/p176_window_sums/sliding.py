"""
style: sliding_window_view, then the sums flattened into a list of Python ints.
"""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def window_sums(a: np.ndarray, size: int) -> list:
    sums = sliding_window_view(a, (size, size)).sum(axis=(2, 3))
    return [int(v) for v in sums.ravel()]
