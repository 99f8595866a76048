"""Mistake: filled column by column.

expect: column by column
"""
import numpy as np


def to_feature_map(values, rows, cols):
    return np.reshape(values, (rows, cols), order="F")
