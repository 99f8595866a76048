"""Epochs and batches in nested loops, the book's predict.

style: nested loops, the book's predict
"""
import numpy as np
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    shifted = a - a.max(axis=-1)[..., np.newaxis]
    e = np.exp(shifted)
    return e / e.sum(axis=-1)[..., np.newaxis]


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


def count_correct(network, x, t, epochs=5, batch_size=100):
    right = made = 0
    for epoch in range(epochs):
        for _ in range(len(x) // batch_size):
            mask = np.random.choice(len(x), batch_size)
            p = np.argmax(predict(network, x[mask]), axis=1)
            right += int(np.sum(p == t[mask]))
            made += batch_size
    return right, made


def accuracy_on_mnist():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return count_correct(init_network(), x_test, t_test, 5, 100)
