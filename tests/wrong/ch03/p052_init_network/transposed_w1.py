"""Mistake: W1 written one neuron per row, (3, 2), instead of one input per row, (2, 3).

expect: The axes are swapped
"""
import numpy as np


def init_network():
    return {"W1": np.array([[1, 4], [3, 5], [5, 6]]), "W2": np.array([[1, 2], [3, 4], [5, 6]]),
            "W3": np.array([[1, 2], [3, 4]])}
