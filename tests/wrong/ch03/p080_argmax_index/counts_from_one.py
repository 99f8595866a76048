"""Mistake: counts positions from 1, as people do, not from 0 as Python does.

expect: Indices count from 0
"""
import numpy as np


def index_of_max(x):
    return int(np.argmax(x)) + 1
