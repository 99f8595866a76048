"""Mistake: printed, not returned.

expect: It returned nothing (None)
"""
import numpy as np


def convolution_step(a, b):
    print(np.sum(a * b))
