"""
style: math.isqrt for the side and reshape with -1 for the channels.
"""
import math

import numpy as np


def to_filter(flat: np.ndarray) -> np.ndarray:
    k = math.isqrt(flat.shape[-1])
    return flat.reshape(-1, k, k)
