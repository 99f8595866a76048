import numpy as np


def exp_elements(a: np.ndarray) -> np.ndarray:
    # e**1010 is far beyond the largest float64 (about 1.8e308): NumPy warns and gives inf.
    return np.exp(a)
