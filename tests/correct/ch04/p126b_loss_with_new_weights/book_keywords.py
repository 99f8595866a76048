"""The book's functions, arguments passed by name.

style: keyword arguments
"""
import numpy as np


def __init__():
    return np.random.randn(2, 3)


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


def loss_with_new_weights(x, t):
    w = __init__()
    return w, cross_entropy_error(y=softmax(predict(x, w)), t=t)
