import numpy as np


def to_array(x: list) -> np.ndarray:
    # np.array reads nested lists as rows, so a list of 9 lists of 10 numbers becomes a (9, 10) matrix.
    return np.array(x)
