"""np.reshape with -1 columns.

style: np.reshape(values, (n_rows, -1))
"""
import numpy as np


def make_matrix(values, n_rows):
    return np.reshape(np.array(values), (n_rows, -1))
