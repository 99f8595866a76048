import numpy as np


def broadcast_row(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    # b has shape (cols,): NumPy lines it up with a's last axis and repeats it for every row.
    return a * b
