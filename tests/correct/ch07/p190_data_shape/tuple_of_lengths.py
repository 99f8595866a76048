"""
style: the lengths of the axes one by one, not .shape.
"""
import numpy as np


def data_shape(data: np.ndarray) -> tuple:
    return (len(data), len(data[0]), len(data[0][0]))
