"""All keywords spelled out, the label returned as load_mnist gives it.

style: keyword call
"""
from dataset.mnist import load_mnist


def first_label(one_hot):
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=False, flatten=True, one_hot_label=one_hot)
    return t_train[0]
