import numpy as np


def dot_product(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.dot(x, w)  # (2,) · (2, 3) -> (3,): one weighted sum per output
