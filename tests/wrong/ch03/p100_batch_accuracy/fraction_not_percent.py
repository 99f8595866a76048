"""Mistake: the accuracy is returned as a fraction cnt / len(x), not in percent as the notes print it.

expect: The accuracy is a fraction (0-1)
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


def batch_accuracy(network, x, t, batch_size):
    cnt = 0
    for i in range(0, len(x), batch_size):
        p = np.argmax(predict(network, x[i:i + batch_size]), axis=1)
        cnt += np.sum(p == t[i:i + batch_size])
    return cnt, cnt / len(x)
