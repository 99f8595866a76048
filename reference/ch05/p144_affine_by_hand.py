import numpy as np


def dot_plus_bias(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    # (1, 2)·(2, 3) = (1, 3); b (1, 3) has the same shape, and for a batch it broadcasts over the rows.
    return np.dot(X, W) + b
