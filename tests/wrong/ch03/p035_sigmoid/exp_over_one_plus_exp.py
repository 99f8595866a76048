"""Mistake: the algebraically equal exp(x) / (1 + exp(x)), which overflows to inf/inf = nan for large x.

expect: np.exp(x) overflows to inf
"""
import numpy as np


def sigmoid(x):
    return np.exp(x) / (1 + np.exp(x))
