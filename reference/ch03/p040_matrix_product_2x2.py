"""p040: the matrix product of two ndarrays (np.matrix, also shown in the notes, is deprecated)."""
import numpy as np


def matrix_product(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    # np.dot is the matrix product for 2-D arrays; A * B would multiply element by element.
    return np.dot(A, B)
