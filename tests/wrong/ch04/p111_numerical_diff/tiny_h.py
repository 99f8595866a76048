"""Mistake: h = 1e-50, the notes' first try: x + h rounds back to x in float64.

expect: h is far too small
"""
import numpy as np


def numerical_diff(f, x, h=1e-50):
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x):
    return x ** 2 + 4 ** 2


def slope_of_loss_func(x):
    return numerical_diff(loss_func, x)


def slope_at(coefficients, x, h=None):
    f = lambda v: np.polyval(coefficients, v)
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
