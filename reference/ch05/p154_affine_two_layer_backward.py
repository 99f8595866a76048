import numpy as np

from reference.layers import Affine

__all__ = ["Affine", "two_layer_backward"]


def two_layer_backward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> dict[str, np.ndarray]:
    layer_1 = Affine(W1, b1)
    layer_2 = Affine(W2, b2)
    out2 = layer_2.forward(layer_1.forward(x))

    # Backward in the reverse order, through the same objects: each one kept its own input in forward.
    dx2 = layer_2.backward(out2)  # the problem takes dY = out2
    dx1 = layer_1.backward(dx2)
    # Our Affine keeps dW and db as attributes (the book's way), rather than returning them as the notes' variant does.
    return {"dx": dx1, "dW1": layer_1.dW, "db1": layer_1.db, "dW2": layer_2.dW, "db2": layer_2.db}
