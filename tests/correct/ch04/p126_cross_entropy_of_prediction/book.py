"""The book's softmax and cross_entropy_error.

style: the book's code
"""
import numpy as np


def predict(x, w):
    return np.dot(x, w)


def softmax(a):
    c = np.max(a)
    exp_a = np.exp(a - c)
    sum_exp_a = np.sum(exp_a)
    y = exp_a / sum_exp_a
    return y


def cross_entropy_error(y, t):
    delta = 1e-7
    return -np.sum(t * np.log(y + delta))


def loss_of(x, w, t):
    return cross_entropy_error(softmax(predict(x, w)), t)
