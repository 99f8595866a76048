import numpy as np


def to_filter(flat: np.ndarray) -> np.ndarray:
    channels, k = flat.shape[1], int(round(np.sqrt(flat.shape[2])))  # each channel was a k x k matrix, row by row
    return flat.reshape(channels, k, k)
