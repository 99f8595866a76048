"""Layers with @, counts as Python ints.

style: loop over layers, int counts
"""
import numpy as np


def sigmoid(x):
    # 1/(1+e^-x) = (1 + tanh(x/2)) / 2: no overflow warning for large |x|
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def softmax(a):
    shifted = a - a.max(axis=-1)[..., np.newaxis]
    e = np.exp(shifted)
    return e / e.sum(axis=-1)[..., np.newaxis]


def predict(network, x):
    z = x
    for i in (1, 2):
        z = sigmoid(z @ network[f"W{i}"] + network[f"b{i}"])
    return softmax(z @ network["W3"] + network["b3"])


def matches_per_batch(network, x, t, batch_size):
    counts = []
    for start in range(0, len(x), batch_size):
        p = predict(network, x[start:start + batch_size]).argmax(axis=-1)
        counts.append(int((p == t[start:start + batch_size]).sum()))
    return counts
