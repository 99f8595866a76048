"""The same weights written as floats, with a dict literal.

style: dict literal, float arrays
"""
import numpy as np


def init_network():
    return {
        'W1': np.array([[1.0, 3.0, 5.0], [4.0, 5.0, 6.0]]),
        'W2': np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]),
        'W3': np.array([[1.0, 2.0], [3.0, 4.0]]),
    }
