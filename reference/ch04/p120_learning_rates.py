import numpy as np

from reference.ch04.p119_gradient_descent import descend_function_2, function_2
from reference.gradient import gradient_descent, numerical_gradient

__all__ = ["descend_function_2", "function_2", "gradient_descent", "numerical_gradient", "try_learning_rates"]


def try_learning_rates(lrs: list) -> list:
    return [gradient_descent(function_2, np.array([3.0, 4.0]), lr=lr, step_num=100) for lr in lrs]
