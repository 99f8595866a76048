"""Mistake: subtracts the max first, so the overflow this problem is about never shows.

expect: It subtracts the max first
"""
import numpy as np


def exp_elements(a):
    return np.exp(a - np.max(a))
