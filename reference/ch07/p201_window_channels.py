import numpy as np


def window_channels(x: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    return x[:, row:row + size, col:col + size]  # ':' first: the same window in every channel
