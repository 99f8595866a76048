"""Mistake: draws the image indices and the label indices separately, so images lose their labels.

expect: x_batch and t_batch do not pair up
"""
import numpy as np

from dataset.mnist import load_mnist


def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def random_batch(x, t, batch_size=100):
    return x[np.random.choice(len(x), batch_size)], t[np.random.choice(len(t), batch_size)]
