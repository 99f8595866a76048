"""Mistake: adds delta to the caller's array in place (y += 1e-7) before the log: the prediction the caller holds changes.

expect: cross_entropy_error changed its input array in place: y
"""
import numpy as np


def cross_entropy_error(y, t):
    y += 1e-7
    return -np.sum(t * np.log(y))
