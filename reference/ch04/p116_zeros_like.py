import numpy as np


def zeros_like_of(x: np.ndarray) -> np.ndarray:
    return np.zeros_like(x)  # shape and dtype both follow x
