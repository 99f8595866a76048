"""Mistake: the output layer's input goes through softmax before it is returned.

expect: The output layer is the softmax function
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def output_layer_input(x, W1, W2, W3):
    z1 = sigmoid(np.dot(x, W1))
    z2 = sigmoid(np.dot(z1, W2))
    return softmax(np.dot(z2, W3))
