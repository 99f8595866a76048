"""Mistake (the notes' predict never passes train_flg=False): the layer always normalises with the batch's statistics.

expect: testing uses the running averages gathered in training
"""
import numpy as np


class BatchNormalization:
    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None):
        self.gamma = gamma
        self.beta = beta
        self.momentum = momentum
        self.running_mean = running_mean
        self.running_var = running_var
        self.dgamma = None
        self.dbeta = None

    def forward(self, x, train_flg=True):
        if self.running_mean is None:
            self.running_mean = np.zeros(x.shape[1])
            self.running_var = np.zeros(x.shape[1])
        mu = x.mean(axis=0)
        self.xc = x - mu
        var = np.mean(self.xc ** 2, axis=0)
        self.std = np.sqrt(var + 10e-7)
        self.xn = self.xc / self.std
        self.batch_size = x.shape[0]
        if train_flg:
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        return self.gamma * self.xn + self.beta

    def backward(self, dout):
        raise NotImplementedError


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = TwoLayersNet = Adam = NotWritten


def train(*args):
    raise NotImplementedError
