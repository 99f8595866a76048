"""Mistake: a forward difference for every element.

expect: forward difference
"""
import numpy as np


def function_2(x):
    return np.sum(x ** 2)


def numerical_gradient(f, x):
    h = 1e-4
    x = x.astype(float)
    grad = np.zeros_like(x)
    fx = f(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        grad[idx] = (f(x) - fx) / h
        x[idx] = tmp_val
    return grad


def gradient_of_function_2(x):
    return numerical_gradient(function_2, x)


def gradient_of_weighted_squares(weights, x):
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
