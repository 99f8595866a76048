import numpy as np

from reference.ch04.p117_numerical_gradient import function_2
from reference.gradient import gradient_descent, numerical_gradient

__all__ = ["descend_function_2", "function_2", "gradient_descent", "numerical_gradient"]


def descend_function_2(init_x: np.ndarray, lr: float, step_num: int) -> np.ndarray:
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
