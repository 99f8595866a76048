"""The squared errors summed in a loop.

style: a for loop over the classes
"""
import numpy as np


def mean_squared_error(y, t):
    total = 0.0
    for yk, tk in zip(y, t):
        total += (yk - tk) ** 2
    return 0.5 * total
