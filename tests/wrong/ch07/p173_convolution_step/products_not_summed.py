"""Mistake: the element-wise products handed back without the sum.

expect: It returned the matrix of products
"""
import numpy as np


def convolution_step(a, b):
    return a * b
