import numpy as np


def window(a: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    return a[row:row + size, col:col + size]  # first index: rows (down), second: columns (right)
