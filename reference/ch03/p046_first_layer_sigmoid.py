"""p046: layer 1's output: its weighted sums (p045) through the sigmoid."""
import numpy as np

from reference.functions import sigmoid

__all__ = ["sigmoid", "layer1_output"]


def layer1_output(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return sigmoid(np.dot(x, w))
