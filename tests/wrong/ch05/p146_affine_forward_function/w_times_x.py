"""Mistake: the factors in the wrong order, W·X.

expect: Check the order of the product
"""
import numpy as np


def forward(X, W, b):
    return np.dot(W, X) + b
