"""
style: np.ix_ fancy indexing with explicit index ranges instead of slices.
"""
import numpy as np


def window(a: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    return a[np.ix_(np.arange(row, row + size), np.arange(col, col + size))]
