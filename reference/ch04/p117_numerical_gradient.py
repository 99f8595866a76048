import numpy as np

from reference.gradient import numerical_gradient

__all__ = ["function_2", "gradient_of_function_2", "gradient_of_weighted_squares", "numerical_gradient"]


def function_2(x: np.ndarray) -> float:
    return float(np.sum(x ** 2))


def gradient_of_function_2(x: np.ndarray) -> np.ndarray:
    return numerical_gradient(function_2, x)


def gradient_of_weighted_squares(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
