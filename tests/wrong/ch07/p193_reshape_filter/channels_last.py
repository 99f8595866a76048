"""Mistake: the filter taken as (k, k, C), channels last as in a photo: the numbers reshaped to (k, k, C).

expect: The channel axis was taken as the last one
"""
import numpy as np


def to_filter(flat):
    k = int(np.sqrt(flat.shape[2]))
    return flat.reshape(k, k, flat.shape[1])
