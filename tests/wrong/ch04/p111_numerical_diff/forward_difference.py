"""Mistake: the forward difference of the derivative's definition, whose error is proportional to h.

expect: forward difference
"""
import numpy as np


def numerical_diff(f, x, h=1e-4):
    return (f(x + h) - f(x)) / h


def loss_func(x):
    return x ** 2 + 4 ** 2


def slope_of_loss_func(x):
    return numerical_diff(loss_func, x)


def slope_at(coefficients, x, h=None):
    f = lambda v: np.polyval(coefficients, v)
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
