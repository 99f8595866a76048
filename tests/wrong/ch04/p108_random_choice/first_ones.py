"""Mistake: takes the first `size` numbers, which is not random at all.

expect: The result is the same under two different seeds
"""
import numpy as np


def random_choice(n, size):
    return np.arange(n)[:size]
