"""p041: (2, 3) times (3, 2). The notes use np.matrix, where * is the matrix product; with ndarrays use np.dot."""
import numpy as np


def matrix_product(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    # Defined when A's columns equal B's rows; the result has A's rows and B's columns.
    return np.dot(A, B)
