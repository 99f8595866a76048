import numpy as np


def softmax_numerator(a: np.ndarray) -> np.ndarray:
    # exp(a - c) = exp(a) * exp(-c): the same factor for every element, which the denominator cancels
    # (problem 60), while the largest power becomes 0 and exp cannot overflow.
    c = np.max(a)
    return np.exp(a - c)
