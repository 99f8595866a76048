"""p045: the first layer's weighted sums, [9 13 17] for the notes' x and w."""
import numpy as np


def layer1_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.dot(x, w)  # (k,) · (k, m) -> (m,): one sum per node of layer 1
