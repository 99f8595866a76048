"""Mistake: the accuracy as a fraction, cnt / len(x), where the notes print a percentage.

expect: The accuracy is a fraction
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


def count_correct(network, x, t):
    cnt = 0
    for i in range(len(x)):
        if np.argmax(predict(network, x[i])) == t[i]:
            cnt += 1
    return cnt, cnt / len(x)
