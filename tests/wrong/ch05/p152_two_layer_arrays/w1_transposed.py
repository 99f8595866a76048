"""Mistake: W1 written neuron by neuron (one row per hidden neuron), the transpose of x·W1's layout.

expect: A weight matrix is transposed
"""
import numpy as np


def network_arrays():
    return {"x": np.array([[1, 2]]), "W1": np.array([[1, 2], [3, 4], [5, 6]]), "b1": np.array([[1, 2, 3]]),
            "W2": np.array([[1, 4], [2, 5], [3, 6]]), "b2": np.array([[1, 2]])}
