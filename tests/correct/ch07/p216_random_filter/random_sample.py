"""np.random.random_sample with a shape tuple.

style: random_sample((fn, 3, 5, 5))
"""
import numpy as np


def random_filter(fn=10):
    return np.random.random_sample((fn, 3, 5, 5))
