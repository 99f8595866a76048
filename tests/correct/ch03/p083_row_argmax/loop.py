"""np.argmax row by row in a loop.

style: a loop over the rows
"""
import numpy as np


def row_argmax(y):
    return np.array([int(np.argmax(row)) for row in y])
