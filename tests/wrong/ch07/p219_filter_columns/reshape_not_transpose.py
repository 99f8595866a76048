"""Mistake: reshape to (75, 10) instead of transposing.

expect: reshape is not a transpose
"""
import numpy as np


def filter_columns(b):
    return b.reshape(b.shape[1], b.shape[0])
