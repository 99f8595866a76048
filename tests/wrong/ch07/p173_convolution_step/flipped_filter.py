"""Mistake: the textbook-maths convolution, with the filter rotated by 180 degrees.

expect: The filter was flipped
"""
import numpy as np


def convolution_step(a, b):
    return np.sum(a * b[::-1, ::-1])
