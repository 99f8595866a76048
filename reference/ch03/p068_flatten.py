import numpy as np


def flatten(x: list) -> np.ndarray:
    # flatten joins the rows one after another (C order): ndim goes from 2 to 1.
    return np.array(x).flatten()
