"""
style: one window per channel, stacked with np.array.
"""
import numpy as np


def window_channels(x: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    return np.array([sheet[row:row + size, col:col + size] for sheet in x])
