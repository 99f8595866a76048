import numpy as np


def to_array(rows: list[list[int]]) -> np.ndarray:
    # Each inner list becomes one row; NumPy infers an integer dtype from the integers.
    return np.array(rows)
