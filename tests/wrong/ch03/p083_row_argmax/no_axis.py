"""Mistake: argmax without axis: one index into the flattened array.

expect: Without axis, argmax gives one position
"""
import numpy as np


def row_argmax(y):
    return np.argmax(y)
