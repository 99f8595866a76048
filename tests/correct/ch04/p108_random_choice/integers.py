"""np.random.randint draws from the same range.

style: np.random.randint
"""
import numpy as np


def random_choice(n, size):
    return np.random.randint(0, n, size)
