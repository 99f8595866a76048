import numpy as np


def filter_channel(filt: np.ndarray, c: int) -> np.ndarray:
    return filt[c, :, :]  # channels first: the first index picks the sheet
