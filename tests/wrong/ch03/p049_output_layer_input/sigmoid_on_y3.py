"""Mistake: every layer gets a sigmoid, the output layer too, so y3 is squashed into (0, 1).

expect: Sigmoid on the output layer
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def output_layer_input(x, W1, W2, W3):
    y_hat = sigmoid(np.dot(x, W1))
    y2_hat = sigmoid(np.dot(y_hat, W2))
    return sigmoid(np.dot(y2_hat, W3))
