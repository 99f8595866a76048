import numpy as np


def make_filter() -> np.ndarray:
    white, black = [255, 255, 255], [0, 0, 0]
    row = [white, white, black, white, white]  # a black vertical line through the middle
    return np.array([row, row, [black] * 5, row, row], dtype=np.uint8)  # and a black horizontal one


def transposed(f: np.ndarray) -> np.ndarray:
    return f.T  # every axis reversed: (5, 5, 3) -> (3, 5, 5)
