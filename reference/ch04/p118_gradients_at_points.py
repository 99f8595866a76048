import numpy as np

from reference.ch04.p117_numerical_gradient import function_2
from reference.gradient import numerical_gradient

__all__ = ["function_2", "gradients_at", "numerical_gradient"]


def gradients_at(points: np.ndarray) -> np.ndarray:
    return np.array([numerical_gradient(function_2, point) for point in points])
