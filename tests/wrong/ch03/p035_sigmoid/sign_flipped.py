"""Mistake: exp(x) instead of exp(-x): this is sigmoid(-x), a curve that falls instead of rising.

expect: The sign is flipped
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(x))
