"""Mistake: np.zeros(len(x)), right for the 1-D example but not for a 2-D array.

expect: np.zeros(len(x)) uses the length of the first axis only
"""
import numpy as np


def zeros_like_of(x):
    return np.zeros(len(x))
