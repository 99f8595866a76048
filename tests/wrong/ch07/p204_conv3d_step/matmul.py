"""Mistake: a matrix product per channel, then summed.

expect: That is a matrix product
"""
import numpy as np


def conv3d_step(window, filt):
    return int(np.sum(window @ filt))
