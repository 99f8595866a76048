import numpy as np


def filter_to_2d(f: np.ndarray) -> np.ndarray:
    return f.reshape(f.shape[0], -1)  # one row per filter
