"""p043: the weighted sums of p042 through the sigmoid: y_hat = sigmoid(x · w)."""
import numpy as np

from reference.functions import sigmoid

__all__ = ["sigmoid", "y_hat"]


def y_hat(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return sigmoid(np.dot(x, w))
