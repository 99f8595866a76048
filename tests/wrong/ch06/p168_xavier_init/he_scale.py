"""Mistake: He's scale sqrt(2/n) where Xavier's 1/sqrt(n) is asked for.

expect: That is He's sqrt(2/n)
"""
import numpy as np


class TwoLayersNet:
    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size):
        sizes = [input_size, hidden_size_1, hidden_size_2, output_size]
        self.params = {}
        for i in range(1, 4):
            self.params['W' + str(i)] = np.random.randn(sizes[i - 1], sizes[i]) * np.sqrt(2 / sizes[i - 1])
            self.params['b' + str(i)] = np.zeros(sizes[i])


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = Adam = NotWritten


def train(*args):
    raise NotImplementedError
