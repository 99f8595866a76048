import numpy as np


def convolution_step(a: np.ndarray, b: np.ndarray) -> int:
    return np.sum(a * b)  # a * b pairs the elements at the same positions; one sum makes one output
