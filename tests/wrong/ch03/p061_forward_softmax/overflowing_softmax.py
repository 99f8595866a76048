"""Mistake: the softmax takes exp(a) without subtracting the maximum first: large scores overflow to inf/inf = nan.

expect: overflow: subtract the max before exp
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    exp_a = np.exp(a)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network.get("b1", 0))
    z2 = sigmoid(np.dot(z1, network["W2"]) + network.get("b2", 0))
    return softmax(np.dot(z2, network["W3"]) + network.get("b3", 0))
