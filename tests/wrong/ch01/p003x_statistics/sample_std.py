"""Mistake: uses the sample formulas (n - 1), as pandas does by default.

expect: divided by n - 1 (sample, ddof=1
"""
import numpy as np


def statistics(a):
    return np.mean(a), np.median(a), np.max(a), np.min(a), np.std(a, ddof=1), np.var(a, ddof=1)
