"""Mistake: the position of the largest value instead of the value.

expect: It returns the position (index)
"""
import numpy as np


def largest(a):
    return int(np.argmax(a))
