import numpy as np

from dataset.mnist import load_mnist


def first_train_image() -> tuple[np.ndarray, int]:
    """The first training image, kept as a (1, 28, 28) picture, and its digit."""
    (x_train, t_train), _ = load_mnist(flatten=False, normalize=False)
    return x_train[0], int(t_train[0])
