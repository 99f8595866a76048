"""np.log with the divide warning silenced.

style: np.errstate
"""
import numpy as np


def log_of(x):
    with np.errstate(divide='ignore'):
        return np.log(x)
