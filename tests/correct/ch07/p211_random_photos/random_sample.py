"""np.random.random_sample with a shape tuple: the same generator as np.random.rand.

style: random_sample((n, 3, 7, 7))
"""
import numpy as np


def random_photos(n=10):
    return np.random.random_sample((n, 3, 7, 7))
