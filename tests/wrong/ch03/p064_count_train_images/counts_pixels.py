"""Mistake: .size counts every pixel of every image, not the images.

expect: That counts pixels
"""
from dataset.mnist import load_mnist


def count_train_images():
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    return x_train.size
