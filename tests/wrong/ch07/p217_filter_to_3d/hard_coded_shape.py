"""Mistake: the notes' numbers are written in, so other filters cannot be reshaped.

expect: cannot reshape
"""
import numpy as np


def filter_to_3d(f):
    return f.reshape(10, 3, 25)
