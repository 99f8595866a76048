"""Mistake: stacked channels last, like a photo.

expect: The channel axis was taken as the last one
"""
import numpy as np


def stack_channels(red, green, blue):
    return np.dstack([red, green, blue])
