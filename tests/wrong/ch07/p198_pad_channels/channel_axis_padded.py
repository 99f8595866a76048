"""Mistake: np.pad(data, 1) pads the channel axis too: (5, 7, 7).

expect: The channel axis was padded too
"""
import numpy as np


def pad_channels(data, p):
    return np.pad(data, p)
