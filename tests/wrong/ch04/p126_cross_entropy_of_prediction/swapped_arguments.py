"""Mistake: cross_entropy_error gets the target first and the prediction second.

expect: The arguments of cross_entropy_error are swapped
"""
import numpy as np


def predict(x, w):
    return np.dot(x, w)


def softmax(a):
    c = np.max(a)
    return np.exp(a - c) / np.sum(np.exp(a - c))


def cross_entropy_error(y, t):
    return -np.sum(t * np.log(y + 1e-7))


def loss_of(x, w, t):
    return cross_entropy_error(t, softmax(predict(x, w)))
