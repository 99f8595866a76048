"""The layers in a loop over the weight matrices.

style: a loop over (W1, W2, W3)
"""
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def identity_func(x):
    return x


def three_layer(x, W1, W2, W3):
    z = x
    for W in (W1, W2):
        z = sigmoid(z @ W)
    return identity_func(z @ W3)
