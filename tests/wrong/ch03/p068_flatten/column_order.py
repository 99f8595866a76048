"""Mistake: flattens column by column.

expect: Flattened column by column
"""
import numpy as np


def flatten(x):
    return np.array(x).T.flatten()
