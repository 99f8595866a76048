import numpy as np


def largest(a: np.ndarray) -> int:
    # The notes' answer prints np.exp(a) here by mistake; the question asks for the largest value.
    return int(np.max(a))
