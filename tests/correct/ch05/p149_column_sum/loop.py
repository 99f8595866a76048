"""p149.

style: a Python sum per column of b.T, gathered into an array (integers kept)
"""
import numpy as np


def column_sum(b):
    return np.array([sum(column) for column in b.T])
