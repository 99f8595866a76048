"""
style: np.multiply on the selected sheets.
"""
import numpy as np


def channel_product(window: np.ndarray, filt: np.ndarray, c: int) -> np.ndarray:
    return np.multiply(window[c, :, :], filt[c, :, :])
