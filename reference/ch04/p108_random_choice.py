import numpy as np


def random_choice(n: int, size: int) -> np.ndarray:
    # With replacement (the default), as the book draws mini-batches.
    return np.random.choice(n, size)
