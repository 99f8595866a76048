"""Mistake: the output layer goes through softmax (problem 61's output), not the identity.

expect: The output layer is the softmax function
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network.get("b1", 0))
    z2 = sigmoid(np.dot(z1, network["W2"]) + network.get("b2", 0))
    a3 = np.dot(z2, network["W3"]) + network.get("b3", 0)
    return softmax(a3)
