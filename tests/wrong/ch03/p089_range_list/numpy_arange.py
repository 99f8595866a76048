"""Mistake: np.arange gives an array; the notes print a Python list.

expect: Build it as a plain Python list
"""
import numpy as np


def numbers_below(n):
    return np.arange(n)
