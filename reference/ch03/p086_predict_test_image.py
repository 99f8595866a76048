import numpy as np

from reference.mnist_inference import get_data, init_network, predict


def predict_and_label(i: int) -> tuple[int, int]:
    """(the network's digit for test image i, the digit actually written)."""
    x, t = get_data()
    y = predict(init_network(), x[i])
    return int(np.argmax(y)), int(t[i])
