"""Mistake: every weight starts at 0, so all hidden units stay identical.

expect: every hidden unit gets the same value and the same gradient
"""
import numpy as np


class TwoLayersNet:
    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02):
        self.params = {}
        self.params['W1'] = np.zeros((input_size, hidden_size_1))
        self.params['b1'] = np.zeros(hidden_size_1)
        self.params['W2'] = np.zeros((hidden_size_1, hidden_size_2))
        self.params['b2'] = np.zeros(hidden_size_2)
        self.params['W3'] = np.zeros((hidden_size_2, output_size))
        self.params['b3'] = np.zeros(output_size)


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = NotWritten


def train(*args):
    raise NotImplementedError
