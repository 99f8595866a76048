"""Mistake: np.argmax(y_batch, axis=0) picks, per class, the most likely image of the batch.

expect: argmax over the wrong axis
"""
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


def predict_batches(network, x, batch_size):
    digits = []
    for i in range(0, len(x), batch_size):
        y_batch = predict(network, x[i:i + batch_size])
        digits.append(np.argmax(y_batch, axis=0))
    return np.concatenate(digits)
