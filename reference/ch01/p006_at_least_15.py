import numpy as np


def at_least_15(a: np.ndarray) -> np.ndarray:
    # Boolean indexing: the mask a >= 15 picks elements in row order and always gives a 1-D array.
    return a[a >= 15]
