"""Mistake: the window ends at size, not at col + size.

expect: The window's end is wrong
"""
import numpy as np


def window(a, row, col, size):
    return a[row:row + size, col:size]
