"""Mistake: reshape(2, 2) fixed, as in the notes.

expect: The shape is fixed as (2, 2)
"""
import numpy as np


def to_feature_map(values, rows, cols):
    return np.reshape(values, (2, 2))
