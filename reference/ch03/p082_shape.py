import numpy as np


def shape_of(x: list) -> tuple:
    # (rows, columns): the length of every axis, where len(x) would give only the first.
    return np.array(x).shape
