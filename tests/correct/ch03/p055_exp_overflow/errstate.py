"""np.exp with the overflow warning silenced: the inf is the point.

style: np.errstate
"""
import numpy as np


def exp_elements(a):
    with np.errstate(over='ignore'):
        return np.exp(a)
