import numpy as np

from dataset.mnist import load_mnist
from reference.trainer import random_batch

__all__ = ["get_data", "random_batch"]


def get_data() -> tuple[np.ndarray, np.ndarray]:
    _, (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test
