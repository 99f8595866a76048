"""Mistake: the labels are not sliced with the images: every batch is compared with t[:batch_size].

expect: slice the labels exactly like the images
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def predict(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    z2 = sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    return softmax(np.dot(z2, network["W3"]) + network["b3"])


def matches_per_batch(network, x, t, batch_size):
    counts = []
    for i in range(0, len(x), batch_size):
        p = np.argmax(predict(network, x[i:i + batch_size]), axis=1)
        counts.append(int(np.sum(p == t[:batch_size][:len(p)])))
    return counts
