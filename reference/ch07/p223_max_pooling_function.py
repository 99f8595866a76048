import numpy as np


def max_pooling(array: np.ndarray) -> np.ndarray:
    """The notes' function: in the flattened 4x4, window (i) is a[i:i+2] with the row below, a[i+4:i+6]."""
    res = []
    a = array.flatten()
    for i in (0, 2, 8, 10):  # the notes' range(0, 12, 2) without 4 and 6: the windows' top-left corners
        window = np.array([a[i:i + 2], a[i + 4:i + 6]])
        res.append(np.max(window))
    return np.array(res).reshape(2, 2)
