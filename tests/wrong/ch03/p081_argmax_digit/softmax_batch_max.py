"""Mistake: the softmax subtracts np.max(a), the whole batch's maximum: rows far below it become 0/0 = nan.

expect: It subtracts the maximum of the whole batch
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    c = np.max(a)
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


def predict(network, x):
    z = x
    for i in (1, 2):
        z = sigmoid(z @ network[f"W{i}"] + network[f"b{i}"])
    return softmax(z @ network["W3"] + network["b3"])


def recognize(network, x):
    y = predict(network, x)
    return y, int(np.argmax(y))
