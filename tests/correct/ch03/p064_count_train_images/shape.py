"""The first dimension of x_train.

style: x_train.shape[0]
"""
from dataset.mnist import load_mnist


def count_train_images():
    (x_train, t_train), _ = load_mnist(flatten=True, normalize=False)
    return x_train.shape[0]
