"""np.random.standard_normal with a shape tuple.

style: np.random.standard_normal
"""
import numpy as np


def random_weights(rows, cols):
    return np.random.standard_normal((rows, cols))
