import numpy as np


def filter_array(rows: list) -> np.ndarray:
    return np.array([rows])  # one more bracket, one more axis of length 1: (1, C, FH*FW)
