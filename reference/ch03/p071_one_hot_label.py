import numpy as np

from dataset.mnist import load_mnist


def first_label(one_hot: bool) -> np.ndarray | int:
    """t_train[0]: the digit, or with one_hot a row of 10 with 1.0 at the digit."""
    (_, t_train), _ = load_mnist(flatten=True, normalize=False, one_hot_label=one_hot)
    return t_train[0]
