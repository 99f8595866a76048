"""Mistake: the identity output of problem 53 was kept.

expect: The output layer is the identity function
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network.get("b1", 0))
    z2 = sigmoid(np.dot(z1, network["W2"]) + network.get("b2", 0))
    return np.dot(z2, network["W3"]) + network.get("b3", 0)
