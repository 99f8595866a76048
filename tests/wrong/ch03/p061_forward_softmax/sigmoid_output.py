"""Mistake: the output layer goes through the sigmoid, not softmax.

expect: Sigmoid on the output layer
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network.get("b1", 0))
    z2 = sigmoid(np.dot(z1, network["W2"]) + network.get("b2", 0))
    a3 = np.dot(z2, network["W3"]) + network.get("b3", 0)
    return sigmoid(a3)
