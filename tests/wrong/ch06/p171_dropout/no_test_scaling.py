"""Mistake: at test time the layer returns x unchanged, though training kept only 85 % of it.

expect: testing returns x * (1.0 - dropout_ratio)
"""
import numpy as np


class Dropout:
    def __init__(self, dropout_ratio=0.5):
        self.dropout_ratio = dropout_ratio
        self.mask = None

    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.rand(*x.shape) > self.dropout_ratio
            return x * self.mask
        return x

    def backward(self, dout):
        return dout * self.mask


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = TwoLayersNet = Adam = NotWritten


def train(*args):
    raise NotImplementedError
