"""Mistake: the softmax subtracts np.max(a), the whole batch's maximum: rows far below it become 0/0 = nan.

expect: It subtracts the maximum of the whole batch
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    c = np.max(a)
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


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


def predict_batches(network, x, batch_size):
    found = []
    for i in range(0, len(x), batch_size):
        y_batch = predict(network, x[i:i + batch_size])
        found.append(np.argmax(y_batch, axis=1))
    return np.concatenate(found)
