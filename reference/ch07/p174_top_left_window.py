import numpy as np


def top_left_window(a: np.ndarray, size: int) -> np.ndarray:
    return a[:size, :size]  # rows 0..size-1 and columns 0..size-1: a slice's end is excluded
