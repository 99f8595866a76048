"""Mistake: calls load_mnist() with its defaults, so the pixels come back normalised to floats.

expect: normalize=False is missing
"""
from dataset.mnist import load_mnist


def load_train_images():
    (x_train, t_train), (x_test, t_test) = load_mnist()
    return x_train
