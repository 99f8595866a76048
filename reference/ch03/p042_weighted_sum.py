"""p042: a layer's outputs y_j = sum_i x_i * w[i, j], all at once as the product of x and w."""
import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    # x (k,) · w (k, m) -> (m,): column j of w holds the weights into output node j.
    return np.dot(x, w)
