"""Mistake: np.abs for ReLU: negative inputs come out positive instead of 0.

expect: abs(x) is not ReLU
"""
import numpy as np


def Relu(x):
    return np.abs(x)
