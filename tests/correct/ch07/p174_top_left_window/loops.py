"""
style: builds the window row by row from Python lists, then np.array.
"""
import numpy as np


def top_left_window(a: np.ndarray, size: int) -> np.ndarray:
    return np.array([[a[i][j] for j in range(size)] for i in range(size)])
