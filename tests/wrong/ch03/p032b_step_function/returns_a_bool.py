"""Mistake: returns the comparison x > 0 itself, an array of True/False, instead of 0/1 integers.

expect: Convert it to 0/1 integers with .astype(int)
"""
import numpy as np


def step_func(x):
    return np.asarray(x) > 0
