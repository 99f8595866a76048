"""Mistake: the notes' answer as a constant: right for A and 3 only.

expect: It returns the notes' example result whatever the input
"""
import numpy as np


def top_left_window(a, size):
    return np.array([[1, 2, 3], [0, 1, 2], [3, 0, 1]])
