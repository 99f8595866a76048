"""Mistake: the notes' answer, which prints np.exp(a) instead of the maximum.

expect: the slip in the notes' answer
"""
import numpy as np


def largest(a):
    return np.exp(a)
