import numpy as np

from reference.layers import Relu

__all__ = ["Relu", "relu_forward"]


def relu_forward(x: np.ndarray) -> np.ndarray:
    relu_test = Relu()
    return relu_test.forward(x)
