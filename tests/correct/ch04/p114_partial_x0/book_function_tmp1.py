"""The book's function_tmp1 style: a named inner function.

style: nested def instead of lambda
"""
import numpy as np


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x0, x1):
    return x0 ** 2 + x1 ** 2


def partial_x0(x0, x1):
    def function_tmp1(x):
        return loss_func(x, x1)
    return numerical_diff(function_tmp1, x0)
