"""Mistake: train passes weight_init_std nowhere, so the "zero" network starts random and learns.

expect: does the start use weight_init_std
"""
import numpy as np
from dataset.mnist import load_mnist


class TwoLayersNet:
    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02):
        shapes = {"1": (input_size, hidden_size_1), "2": (hidden_size_1, hidden_size_2), "3": (hidden_size_2, output_size)}
        self.params = {}
        for n, shape in shapes.items():
            self.params["W" + n] = weight_init_std * np.random.randn(*shape)
            self.params["b" + n] = np.zeros(shape[1])

    def predict(self, x):
        self.z1 = np.maximum(x @ self.params["W1"] + self.params["b1"], 0)
        self.z2 = np.maximum(self.z1 @ self.params["W2"] + self.params["b2"], 0)
        return self.z2 @ self.params["W3"] + self.params["b3"]

    def loss(self, x, t):
        scores = self.predict(x)
        scores = scores - scores.max(axis=1, keepdims=True)
        self.p = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
        return -np.sum(t * np.log(self.p + 1e-7)) / len(x)

    def accuracy(self, x, t):
        return np.mean(self.predict(x).argmax(axis=1) == t.argmax(axis=1))

    def gradient(self, x, t):
        self.loss(x, t)
        d3 = (self.p - t) / len(x)
        d2 = (d3 @ self.params["W3"].T) * (self.z2 > 0)
        d1 = (d2 @ self.params["W2"].T) * (self.z1 > 0)
        return {"W3": self.z2.T @ d3, "b3": d3.sum(0), "W2": self.z1.T @ d2, "b2": d2.sum(0), "W1": x.T @ d1, "b1": d1.sum(0)}


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2, self.iter, self.m, self.v = lr, beta1, beta2, 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {k: np.zeros_like(p) for k, p in params.items()}
            self.v = {k: np.zeros_like(p) for k, p in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1 - self.beta2 ** self.iter) / (1 - self.beta1 ** self.iter)
        for k in params:
            self.m[k] += (1 - self.beta1) * (grads[k] - self.m[k])
            self.v[k] += (1 - self.beta2) * (grads[k] ** 2 - self.v[k])
            params[k] -= lr_t * self.m[k] / (np.sqrt(self.v[k]) + 1e-7)


def train(optimizer, iters_num=10000, batch_size=100, weight_init_std=0):
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)
    network = TwoLayersNet(784, 50, 50, 10)  # weight_init_std forgotten
    history = {"train_loss": [], "train_acc": [], "test_acc": []}
    per_epoch = max(len(x_train) / batch_size, 1)
    for i in range(iters_num):
        mask = np.random.choice(len(x_train), batch_size)
        optimizer.update(network.params, network.gradient(x_train[mask], t_train[mask]))
        history["train_loss"].append(network.loss(x_train[mask], t_train[mask]))
        if i % per_epoch == 0:
            history["train_acc"].append(network.accuracy(x_train, t_train))
            history["test_acc"].append(network.accuracy(x_test, t_test))
    return network.params, history


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = NotWritten
