"""Mistake: the shape is taken for the number of dimensions.

expect: the number of dimensions is .ndim
"""
from dataset.mnist import load_mnist


def train_ndims(flatten):
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=flatten, normalize=False)
    return x_train.shape, t_train.shape
