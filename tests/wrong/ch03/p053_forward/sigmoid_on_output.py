"""Mistake: sigmoid on the output layer instead of the identity.

expect: Sigmoid on the output layer
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(network, x):
    z = x
    for i in (1, 2, 3):
        z = sigmoid(np.dot(z, network[f"W{i}"]) + network.get(f"b{i}", 0))
    return z
