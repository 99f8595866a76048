"""Mistake: confuses the mean with the median (the middle value).

expect: That is the median, not the mean
"""
import numpy as np


def mean_of(a):
    return np.median(a)
