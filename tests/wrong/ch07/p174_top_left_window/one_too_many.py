"""Mistake: the slice end taken as the last index included: a[:size + 1].

expect: The size is off by one
"""
import numpy as np


def top_left_window(a, size):
    return a[:size + 1, :size + 1]
