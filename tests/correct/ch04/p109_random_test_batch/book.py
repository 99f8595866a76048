"""The book's batch_mask.

style: the book's code
"""
import numpy as np
from dataset.mnist import load_mnist


def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def random_batch(x, t, batch_size=100):
    train_size = x.shape[0]
    batch_mask = np.random.choice(train_size, batch_size)
    x_batch = x[batch_mask]
    t_batch = t[batch_mask]
    return x_batch, t_batch
