"""Mistake: the flatten argument is accepted but load_mnist is called with flatten=True anyway.

expect: The flatten argument is not passed on to load_mnist
"""
from dataset.mnist import load_mnist


def train_shape(flatten):
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    return x_train.shape
