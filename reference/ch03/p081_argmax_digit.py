import numpy as np

from reference.mnist_inference import predict


def recognize(network: dict[str, np.ndarray], x: np.ndarray) -> tuple[np.ndarray, int]:
    """The probabilities, and the index of the largest one: np.argmax gives one int where np.where gives arrays."""
    y = predict(network, x)
    return y, int(np.argmax(y))
