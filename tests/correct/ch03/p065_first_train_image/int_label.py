"""The label turned into a Python int.

style: int(t_train[0])
"""
from dataset.mnist import load_mnist


def first_train_image():
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=False, normalize=False)
    return x_train[0], int(t_train[0])
