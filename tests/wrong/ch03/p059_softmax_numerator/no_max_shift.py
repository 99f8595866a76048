"""Mistake: the textbook formula as it stands, exp(a): overflows to inf for a = [1010, 1000, 990].

expect: overflow: subtract the max before exp
"""
import numpy as np


def softmax_numerator(a):
    return np.exp(a)
