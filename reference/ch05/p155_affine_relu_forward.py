import numpy as np

from reference.layers import Affine, Relu

__all__ = ["Affine", "Relu", "two_layer_relu_forward"]


def two_layer_relu_forward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    layer_1 = Affine(W1, b1)
    relu_1 = Relu()  # the hidden layer's activation: between the two Affine layers, not after the output
    layer_2 = Affine(W2, b2)
    out1 = layer_1.forward(x)
    r_out1 = relu_1.forward(out1)
    return layer_2.forward(r_out1)
