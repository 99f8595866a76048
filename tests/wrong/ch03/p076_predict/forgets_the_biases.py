"""Mistake: the biases b1, b2, b3 are never added.

expect: The biases are missing
"""
import numpy as np
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def init_network():
    return load_sample_weight()


def predict(network, x):
    a1 = np.dot(x, network["W1"])
    z1 = sigmoid(a1)
    a2 = np.dot(z1, network["W2"])
    z2 = sigmoid(a2)
    a3 = np.dot(z2, network["W3"])
    return softmax(a3)
