"""np.ravel.

style: np.ravel
"""
import numpy as np


def flatten(x):
    return np.ravel(np.array(x))
