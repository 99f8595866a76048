"""
style: np.take along the channel axis.
"""
import numpy as np


def filter_channel(filt: np.ndarray, c: int) -> np.ndarray:
    return np.take(filt, c, axis=0)
