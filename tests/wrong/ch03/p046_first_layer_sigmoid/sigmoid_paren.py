"""Mistake: sigmoid written with the parentheses are missing, 1/1+np.exp(-x), which is 1 + exp(-x).

expect: Missing parentheses: 1/1+np.exp(-x)
"""
import numpy as np


def sigmoid(x):
    return 1 / 1 + np.exp(-x)


def layer1_output(x, w):
    return sigmoid(np.dot(x, w))
