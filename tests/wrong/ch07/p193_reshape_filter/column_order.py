"""Mistake: each channel filled column by column.

expect: filled column by column
"""
import numpy as np


def to_filter(flat):
    k = int(np.sqrt(flat.shape[2]))
    return flat.reshape(flat.shape[1], k, k, order="C").transpose(0, 2, 1)
