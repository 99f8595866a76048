"""Mistake: every channel's filter rotated by 180 degrees.

expect: The filter was flipped
"""
import numpy as np


def conv3d_step(window, filt):
    return int(np.sum(window * filt[:, ::-1, ::-1]))
