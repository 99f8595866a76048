"""Mistake: returns the comparison itself (a NumPy bool) instead of the integer 0 or 1.

expect: Return the integer 0 or 1 instead of True/False
"""
import numpy as np


def AND(x1, x2):
    return np.sum(np.array([0.5, 0.5]) * np.array([x1, x2])) - 0.7 > 0
