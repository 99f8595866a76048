"""Dimensions counted from the shapes.

style: len(a.shape)
"""
from dataset.mnist import load_mnist


def train_ndims(flatten):
    (x_train, t_train), _ = load_mnist(flatten=flatten, normalize=False)
    return len(x_train.shape), len(t_train.shape)
