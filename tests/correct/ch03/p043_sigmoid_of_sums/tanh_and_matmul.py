"""tanh form of the sigmoid and the @ operator.

style: tanh sigmoid, @
"""
import numpy as np


def sigmoid(x):
    # 1/(1+e^-x) = (1 + tanh(x/2)) / 2: no overflow warning for large |x|
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def y_hat(x, w):
    return sigmoid(x @ w)
