"""Mistake: the three matrices joined top to bottom.

expect: joined top to bottom
"""
import numpy as np


def stack_channels(red, green, blue):
    return np.concatenate([red, green, blue])
