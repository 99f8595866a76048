"""Mistake: one_hot_label is never set, so the label is the plain digit either way.

expect: The one_hot argument is not passed on
"""
from dataset.mnist import load_mnist


def first_label(one_hot):
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    return t_train[0]
