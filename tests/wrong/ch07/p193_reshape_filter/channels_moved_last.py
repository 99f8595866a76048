"""Mistake: each channel's k x k matrix made, then the channels moved to the last axis: (k, k, C), as in a photo.

expect: The channel axis was taken as the last one
"""
import numpy as np


def to_filter(flat):
    k = int(np.sqrt(flat.shape[2]))
    return flat[0].T.reshape(k, k, flat.shape[1])
