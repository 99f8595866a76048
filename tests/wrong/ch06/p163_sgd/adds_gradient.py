"""Mistake: the update adds the gradient, so every step climbs the loss.

expect: SGD steps against it
"""
import numpy as np


class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params.keys():
            params[key] += self.lr * grads[key]


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
