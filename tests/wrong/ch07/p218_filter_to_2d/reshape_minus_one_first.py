"""Mistake: reshape(-1, FN) keeps the right shape only by chance and mixes the filters.

expect: reshape(-1, FN)
"""
import numpy as np


def filter_to_2d(f):
    return f.reshape(-1, f.shape[0]).T
