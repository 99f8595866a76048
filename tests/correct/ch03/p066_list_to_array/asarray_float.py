"""np.asarray with an explicit float dtype.

style: np.asarray(x, dtype=float)
"""
import numpy as np


def to_array(x):
    return np.asarray(x, dtype=float)
