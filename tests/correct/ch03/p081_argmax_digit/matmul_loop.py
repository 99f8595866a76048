"""Layers in a loop with @, and the digit as int.

style: loop over layers, @
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    shifted = a - a.max(axis=-1)[..., np.newaxis]
    e = np.exp(shifted)
    return e / e.sum(axis=-1)[..., np.newaxis]


def predict(network, x):
    z = x
    for i in (1, 2):
        z = sigmoid(z @ network[f"W{i}"] + network[f"b{i}"])
    return softmax(z @ network["W3"] + network["b3"])


def recognize(network, x):
    y = predict(network, x)
    return y, int(np.argmax(y))
