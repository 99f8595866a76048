import numpy as np


def add_five(a: np.ndarray) -> np.ndarray:
    # The scalar 5 is broadcast to a's shape: no loop, and a itself is left unchanged.
    return a + 5
