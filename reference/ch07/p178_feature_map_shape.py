import numpy as np


def to_feature_map(values: list, rows: int, cols: int) -> np.ndarray:
    return np.reshape(values, (rows, cols))  # filled row by row: the order the convolution produced them
