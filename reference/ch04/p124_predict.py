import numpy as np

from reference.ch04.p123_init_weights import __init__

__all__ = ["__init__", "predict"]


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.dot(x, w)  # a batch works too: each row of x is one sample
