import numpy as np


def random_weights(rows: int, cols: int) -> np.ndarray:
    return np.random.randn(rows, cols)  # standard normal: positive and negative weights alike
