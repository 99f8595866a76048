"""Mistake: log(y) without the small delta: a probability of exactly 0 on the target gives inf.

expect: Missing 1e-7 in the log
"""
import numpy as np


def predict(x, w):
    return np.dot(x, w)


def softmax(a):
    c = np.max(a)
    return np.exp(a - c) / np.sum(np.exp(a - c))


def cross_entropy_error(y, t):
    return -np.sum(t * np.log(y))


def loss_of(x, w, t):
    return cross_entropy_error(softmax(predict(x, w)), t)
