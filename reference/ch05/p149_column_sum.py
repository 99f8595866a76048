import numpy as np


def column_sum(b: np.ndarray) -> np.ndarray:
    return np.sum(b, axis=0)  # axis=0 runs down the rows: one sum per column, the shape (columns,)
