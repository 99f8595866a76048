"""e to the power with np.power and np.e.

style: np.power(np.e, res)
"""
import numpy as np


def exp_of(res):
    return np.power(np.e, res)
