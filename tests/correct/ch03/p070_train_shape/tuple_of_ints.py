"""The shape rebuilt as a tuple of Python ints.

style: tuple(int(...))
"""
from dataset.mnist import load_mnist


def train_shape(flatten):
    x_train = load_mnist(flatten=flatten, normalize=False)[0][0]
    return tuple(int(n) for n in x_train.shape)
