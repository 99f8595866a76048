import numpy as np

from reference.layers import Affine

__all__ = ["Affine", "two_layer_forward"]


def two_layer_forward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    layer_1 = Affine(W1, b1)
    layer_2 = Affine(W2, b2)
    out1 = layer_1.forward(x)
    return layer_2.forward(out1)  # each layer's output is the next one's input
