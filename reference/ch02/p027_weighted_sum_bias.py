import numpy as np

from reference.perceptron import weighted_sum


def weighted_sum_with_bias(x: np.ndarray, w: np.ndarray, b: float) -> float:
    return weighted_sum(x, w, b)  # the bias is the library's third argument


__all__ = ["weighted_sum_with_bias"]
