"""Mistake: 1-D x and biases (one pair of brackets), not the notes' one-row arrays.

expect: x and the biases are one-row 2-D arrays
"""
import numpy as np


def network_arrays():
    return {"x": np.array([1, 2]), "W1": np.array([[1, 3, 5], [2, 4, 6]]), "b1": np.array([1, 2, 3]),
            "W2": np.array([[1, 4], [2, 5], [3, 6]]), "b2": np.array([1, 2])}
