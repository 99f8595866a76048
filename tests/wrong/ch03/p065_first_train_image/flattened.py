"""Mistake: copies the flatten=True call of the previous problems, so the image is a row of 784.

expect: flatten=False is missing
"""
from dataset.mnist import load_mnist


def first_train_image():
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    return x_train[0], t_train[0]
