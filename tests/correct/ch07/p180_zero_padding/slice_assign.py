"""
style: a zero matrix of the padded size, the original copied into its middle (no np.pad).
"""
import numpy as np


def zero_pad(m: np.ndarray, p: int) -> np.ndarray:
    out = np.zeros((m.shape[0] + 2 * p, m.shape[1] + 2 * p), dtype=m.dtype)
    out[p:p + m.shape[0], p:p + m.shape[1]] = m
    return out
