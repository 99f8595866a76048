"""Mistake: lists the variance before the standard deviation.

expect: The std and the var are swapped
"""
import numpy as np


def statistics(a):
    return np.mean(a), np.median(a), np.max(a), np.min(a), np.var(a), np.std(a)
