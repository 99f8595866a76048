import numpy as np


def argmax_of(x: list) -> int:
    # The position of the maximum, not the maximum itself (that would be np.max).
    return int(np.argmax(x))
