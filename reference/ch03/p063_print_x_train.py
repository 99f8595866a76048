import numpy as np

from dataset.mnist import load_mnist


def load_train_images() -> np.ndarray:
    """x_train, one row of 784 pixels (uint8 0-255) per image."""
    (x_train, _), _ = load_mnist(flatten=True, normalize=False)
    return x_train
