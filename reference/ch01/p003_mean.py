import numpy as np


def mean_of(a: np.ndarray) -> float:
    # np.mean divides by the count with true division, so the mean of integers keeps its decimals (8.6).
    return float(np.mean(a))
