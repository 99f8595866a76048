import numpy as np


def ndim_of(x: list) -> int:
    # ndim counts the axes (len of the shape), not the elements and not the rows.
    return np.array(x).ndim
