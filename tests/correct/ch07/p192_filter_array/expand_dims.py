"""
style: np.expand_dims of the 2-D array instead of an extra bracket.
"""
import numpy as np


def filter_array(rows: list) -> np.ndarray:
    return np.expand_dims(np.array(rows), axis=0)
