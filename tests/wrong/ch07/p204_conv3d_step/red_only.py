"""Mistake: only the red channel.

expect: Only the red channel was added
"""
import numpy as np


def conv3d_step(window, filt):
    return np.sum(window[0] * filt[0])
