"""@ and the book's sigmoid.

style: @ operator
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def layer1_output(x, w):
    return sigmoid(x @ w)
