import numpy as np


def make_matrix(values: list, n_rows: int) -> np.ndarray:
    # The notes' second answer: a flat array reshaped; -1 lets NumPy work out the number of columns.
    return np.array(values).reshape(n_rows, -1)
