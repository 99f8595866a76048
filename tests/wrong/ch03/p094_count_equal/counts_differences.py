"""Mistake: counts the positions where the lists differ.

expect: It counts the positions that differ
"""
import numpy as np


def count_same(x, y):
    return int(np.sum(np.array(x) != np.array(y)))
