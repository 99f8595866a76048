import numpy as np


def network_arrays() -> dict[str, np.ndarray]:
    # W[i, j] is the weight from neuron i of one layer to neuron j of the next, so that x·W1 is (1, 2)·(2, 3).
    # x and the biases are one-row 2-D arrays, as the notes write them.
    return {
        "x": np.array([[1, 2]]),  # (1, 2)
        "W1": np.array([[1, 3, 5], [2, 4, 6]]),  # (2, 3)
        "b1": np.array([[1, 2, 3]]),  # (1, 3)
        "W2": np.array([[1, 4], [2, 5], [3, 6]]),  # (3, 2)
        "b2": np.array([[1, 2]]),  # (1, 2)
    }
