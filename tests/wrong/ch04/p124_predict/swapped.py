"""Mistake: np.dot(w, x): the operands swapped, so the inner dimensions do not match.

expect: The inner dimensions do not match
"""
import numpy as np


def __init__():
    return np.random.rand(2, 3)


def predict(x, w):
    return np.dot(w, x)
