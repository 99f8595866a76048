"""Mistake: the notes' forward, without biases: right for the notes' network, wrong for the book's.

expect: The biases are missing
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(network, x):
    W1, W2, W3 = network["W1"], network["W2"], network["W3"]
    y_hat = sigmoid(np.dot(x, W1))
    y2_hat = sigmoid(np.dot(y_hat, W2))
    return np.dot(y2_hat, W3)
