"""Mistake: the scale 2/n without the square root.

expect: the square root is missing, np.sqrt(2 / n)
"""
import numpy as np


class TwoLayersNet:
    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size):
        self.params = {}
        self.params['W1'] = np.random.randn(input_size, hidden_size_1) * (2 / input_size)
        self.params['b1'] = np.zeros(hidden_size_1)
        self.params['W2'] = np.random.randn(hidden_size_1, hidden_size_2) * (2 / hidden_size_1)
        self.params['b2'] = np.zeros(hidden_size_2)
        self.params['W3'] = np.random.randn(hidden_size_2, output_size) * (2 / hidden_size_2)
        self.params['b3'] = np.zeros(output_size)


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = Adam = NotWritten


def train(*args):
    raise NotImplementedError
