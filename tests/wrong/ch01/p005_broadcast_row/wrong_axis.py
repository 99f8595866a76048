"""Mistake: reshapes b into a column, so b[i] multiplies row i instead of b[j] multiplying column j.

expect: b was stood up as a column: the wrong axis
"""
import numpy as np


def broadcast_row(a, b):
    return a * b.reshape(-1, 1)
