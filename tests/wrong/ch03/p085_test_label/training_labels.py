"""Mistake: reads the label from the training set instead of get_data()'s test set.

expect: That is a training label
"""
from dataset.mnist import load_mnist


def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def test_label(i):
    (x_train, t_train), _ = load_mnist(normalize=True, flatten=True)
    return int(t_train[i])
