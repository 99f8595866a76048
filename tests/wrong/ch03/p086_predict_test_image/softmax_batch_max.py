"""Mistake: the softmax subtracts np.max(a), the whole batch's maximum: rows far below it become 0/0 = nan.

expect: It subtracts the maximum of the whole batch
"""
import numpy as np
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    c = np.max(a)
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def init_network():
    return load_sample_weight()


def predict(network, x):
    W1, W2, W3 = network['W1'], network['W2'], network['W3']
    b1, b2, b3 = network['b1'], network['b2'], network['b3']
    a1 = np.dot(x, W1) + b1
    z1 = sigmoid(a1)
    a2 = np.dot(z1, W2) + b2
    z2 = sigmoid(a2)
    a3 = np.dot(z2, W3) + b3
    y = softmax(a3)
    return y


def predict_and_label(i):
    x, t = get_data()
    y = predict(init_network(), x[i])
    return int(np.argmax(y)), int(t[i])
