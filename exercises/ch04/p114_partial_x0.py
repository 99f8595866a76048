"""p114 · 편미분: x0에 대해 (Partial derivative with respect to x0)

[문제]
f(x_0, x_1) = x_0^2 + x_1^2 함수를 편미분하는데 x_0=3, x_1=4 일 때, 편미분하시오 (x_0에 대해)

[Problem]
Take the partial derivative of f(x0, x1) = x0^2 + x1^2 with respect to x0 at x0 = 3, x1 = 4.

주어진 것 / Given:
    f(x0, x1) = x0**2 + x1**2, x0 = 3, x1 = 4

예시 / Example:
    >>> partial_x0(3.0, 4.0)
    6.000000000000378

힌트 / Hints: grade hint p114

채점 / Grade: grade p114
"""
import numpy as np


def numerical_diff(f, x: float) -> float:
    """f'(x) by the central difference with h = 1e-4."""
    raise NotImplementedError


def loss_func(x0: float, x1: float) -> float:
    """f(x0, x1) = x0**2 + x1**2."""
    raise NotImplementedError


def partial_x0(x0: float, x1: float) -> float:
    """∂f/∂x0 at (x0, x1): keep x1 fixed, so f becomes a function of x0 alone, and hand that to numerical_diff."""
    raise NotImplementedError
