import numpy as np

from reference.ch04.p123_init_weights import __init__
from reference.ch04.p126_cross_entropy_of_prediction import cross_entropy_error, loss_of, predict, softmax

__all__ = ["__init__", "cross_entropy_error", "loss_with_new_weights", "predict", "softmax"]


def loss_with_new_weights(x: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, float]:
    w = __init__()
    return w, loss_of(x, w, t)
