"""Mistake: cnt = 0 inside the epoch loop, so only the last epoch's hits are returned.

expect: The count of hits (cnt) is reset every epoch
"""
import numpy as np

from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    c = np.max(a, axis=-1, keepdims=True)
    return np.exp(a - c) / np.sum(np.exp(a - c), axis=-1, keepdims=True)


def init_network():
    return load_sample_weight()


def predict(network, x):
    z1 = sigmoid(np.dot(x, network['W1']) + network['b1'])
    z2 = sigmoid(np.dot(z1, network['W2']) + network['b2'])
    return softmax(np.dot(z2, network['W3']) + network['b3'])


def count_correct(network, x, t, epochs=5, batch_size=100):
    for j in range(epochs):
        cnt = 0
        for i in range(0, len(x), batch_size):
            batch_mask = np.random.choice(len(t), batch_size)
            y = predict(network, x[batch_mask])
            cnt += np.sum(np.argmax(y, axis=1) == t[batch_mask])
    return cnt, len(x) * epochs


def accuracy_on_mnist():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=False)
    return count_correct(init_network(), x_test, t_test, 5, 100)
