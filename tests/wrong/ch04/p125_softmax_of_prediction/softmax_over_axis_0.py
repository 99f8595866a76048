"""Mistake: the softmax sums along axis 0: for a batch that normalises each column, not each row.

expect: Softmax normalised over the wrong axis
"""
import numpy as np


def predict(x, w):
    return np.dot(x, w)


def softmax(a):
    e = np.exp(a - np.max(a, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def softmax_of_prediction(x, w):
    return softmax(predict(x, w))
