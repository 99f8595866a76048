import numpy as np


def count_same(x: list, y: list) -> int:
    # x == y on arrays compares position by position; summing the booleans counts the Trues.
    # The same line later counts correct predictions: np.sum(y_pred == t).
    return int(np.sum(np.array(x) == np.array(y)))
