"""Mistake: Adam without the bias correction: the first steps are far too large.

expect: Adam lacks its bias correction
"""
import numpy as np


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.m = None
        self.v = None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params.keys():
            self.m[key] = self.beta1 * self.m[key] + (1 - self.beta1) * grads[key]
            self.v[key] = self.beta2 * self.v[key] + (1 - self.beta2) * grads[key] ** 2
            params[key] -= self.lr * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def watch_updates(optimizer, params, grads_list):
    arrays = dict(params)
    seen = []
    for grads in grads_list:
        optimizer.update(params, grads)
        seen.append({key: np.array(value, dtype=float) for key, value in arrays.items()})
    return seen


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = TwoLayersNet = NotWritten


def train(*args):
    raise NotImplementedError
