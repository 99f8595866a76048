"""The channels concatenated filter by filter.

style: np.concatenate along the last axis
"""
import numpy as np


def filter_to_2d(f):
    return np.concatenate([f[:, k, :] for k in range(f.shape[1])], axis=1)
