"""The book's numerical_diff with h as a keyword default, loss_func as the book's function_1 style.

style: the book's code, h=1e-4 default
"""
import numpy as np


def numerical_diff(f, x, h=1e-4):
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x):
    return x ** 2 + 4 ** 2


# ---- hooks the grader calls (as in the stub) ----


def slope_of_loss_func(x: float) -> float:
    return numerical_diff(loss_func, x)


def slope_at(coefficients: list, x: float, h: float | None = None) -> float:
    f = lambda v: np.polyval(coefficients, v)  # [1, 0, 16] is v**2 + 16, the cost function above
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
