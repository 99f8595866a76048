import numpy as np


def statistics(a: np.ndarray) -> tuple:
    """(mean, median, max, min, std, var) of the elements of a."""
    # np.std and np.var divide by n (the population formulas), as the notes print: 6.437..., 41.44.
    return np.mean(a), np.median(a), np.max(a), np.min(a), np.std(a), np.var(a)
