"""Mistake: the weight decay's λ·W is added to every gradient, the biases' too (λ·b): invisible while the biases are 0.

expect: Weight decay reaches the biases too
"""
import numpy as np


class TwoLayersNet:
    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02, weight_decay_lambda=0.001):
        sizes = [input_size, hidden_size_1, hidden_size_2, output_size]
        self.params = {}
        for i in (1, 2, 3):
            self.params[f"W{i}"] = weight_init_std * np.random.randn(sizes[i - 1], sizes[i])
            self.params[f"b{i}"] = np.zeros(sizes[i])
        self.weight_decay_lambda = weight_decay_lambda

    def predict(self, x):
        self.h = [x]
        for i in (1, 2):
            self.h.append(np.maximum(self.h[-1] @ self.params[f"W{i}"] + self.params[f"b{i}"], 0))
        return self.h[-1] @ self.params["W3"] + self.params["b3"]

    def loss(self, x, t):
        a = self.predict(x)
        y = np.exp(a - a.max(axis=1, keepdims=True))
        self.y = y / y.sum(axis=1, keepdims=True)
        decay = sum(0.5 * self.weight_decay_lambda * np.sum(self.params[f"W{i}"] ** 2) for i in (1, 2, 3))
        return -np.sum(t * np.log(self.y + 1e-7)) / x.shape[0] + decay

    def gradient(self, x, t):
        self.loss(x, t)
        grads, d = {}, (self.y - t) / x.shape[0]
        for i in (3, 2, 1):
            grads[f"W{i}"] = self.h[i - 1].T @ d + self.weight_decay_lambda * self.params[f"W{i}"]
            grads[f"b{i}"] = d.sum(axis=0) + self.weight_decay_lambda * self.params[f"b{i}"]  # decays the biases too
            d = (d @ self.params[f"W{i}"].T) * (self.h[i - 1] > 0)
        return grads


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = Adam = NotWritten


def train(*args):
    raise NotImplementedError
