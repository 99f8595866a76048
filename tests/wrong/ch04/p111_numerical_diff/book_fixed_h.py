"""Mistake: the book's numerical_diff(f, x), with h = 1e-4 fixed inside: this problem asks h as an argument.

expect: The book's numerical_diff(f, x) fixes h = 1e-4 inside the function
"""
import numpy as np


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x):
    return x ** 2 + 4 ** 2


def slope_of_loss_func(x: float) -> float:
    return numerical_diff(loss_func, x)


def slope_at(coefficients: list, x: float, h: float | None = None) -> float:
    f = lambda v: np.polyval(coefficients, v)
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
