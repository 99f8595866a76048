"""Mistake: softmax summed along axis 0: right for one sample, wrong for a batch.

expect: Softmax normalised over the wrong axis
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    e = np.exp(a - np.max(a, axis=0))
    return e / np.sum(e, axis=0)


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network.get("b1", 0))
    z2 = sigmoid(np.dot(z1, network["W2"]) + network.get("b2", 0))
    return softmax(np.dot(z2, network["W3"]) + network.get("b3", 0))
