import numpy as np


def channel_product(window: np.ndarray, filt: np.ndarray, c: int) -> np.ndarray:
    return window[c] * filt[c]  # element-wise, position by position (not @)
