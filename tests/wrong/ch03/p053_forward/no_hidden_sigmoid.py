"""Mistake: the hidden layers pass their sums on without the sigmoid.

expect: The hidden layers skip the sigmoid.
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(network, x):
    z1 = np.asarray(np.dot(x, network["W1"]) + network.get("b1", 0))
    z2 = np.asarray(np.dot(z1, network["W2"]) + network.get("b2", 0))
    a3 = np.dot(z2, network["W3"]) + network.get("b3", 0)
    return a3
