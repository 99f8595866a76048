"""Mistake: random floats scaled to n, which cannot index an array.

expect: draw integers that can index an array
"""
import numpy as np


def random_choice(n, size):
    return np.random.rand(size) * n
