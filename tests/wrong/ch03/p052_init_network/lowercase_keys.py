"""Mistake: keys w1, w2, w3 where the book (and forward) use W1, W2, W3.

expect: The keys are the capitalised
"""
import numpy as np


def init_network():
    return {"w1": np.array([[1, 3, 5], [4, 5, 6]]), "w2": np.array([[1, 2], [3, 4], [5, 6]]),
            "w3": np.array([[1, 2], [3, 4]])}
