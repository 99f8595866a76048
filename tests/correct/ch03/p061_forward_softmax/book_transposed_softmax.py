"""The book's ch04 softmax (a batch transposed), and a layer loop with membership tests.

style: the book's transposed softmax
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    # the book's ch04 version: a batch transposed so that each column is one sample
    if a.ndim == 2:
        a = a.T
        a = a - np.max(a, axis=0)
        y = np.exp(a) / np.sum(np.exp(a), axis=0)
        return y.T
    a = a - np.max(a)
    return np.exp(a) / np.sum(np.exp(a))


def forward(network, x):
    z = np.asarray(x, dtype=float)
    for layer in (1, 2, 3):
        a = z @ network[f"W{layer}"]
        if f"b{layer}" in network:
            a = a + network[f"b{layer}"]
        z = sigmoid(a) if layer < 3 else softmax(a)
    return z
