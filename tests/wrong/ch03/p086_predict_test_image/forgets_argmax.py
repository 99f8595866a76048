"""Mistake: returns the probability vector as the prediction, forgetting np.argmax.

expect: pick the digit with np.argmax(y)
"""
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def predict(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    z2 = sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    return softmax(np.dot(z2, network["W3"]) + network["b3"])


def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def init_network():
    return load_sample_weight()


def predict_and_label(i):
    x, t = get_data()
    return predict(init_network(), x[i]), int(t[i])
