"""The two hidden layers folded with functools.reduce.

style: functools.reduce
"""
from functools import reduce

import numpy as np


def output_layer_input(x, W1, W2, W3):
    sigmoid = lambda a: 1 / (1 + np.exp(-a))  # noqa: E731
    y2_hat = reduce(lambda z, W: sigmoid(np.dot(z, W)), (W1, W2), x)
    return np.dot(y2_hat, W3)
