import numpy as np


def random_filter(fn: int = 10) -> np.ndarray:
    return np.random.rand(fn, 3, 5, 5)  # (FN, C, FH, FW)
