"""Mistake: never puts x[idx] back, so the caller's array is left shifted by -h.

expect: x[idx] is not restored
"""
import numpy as np


def function_2(x):
    return np.sum(x ** 2)


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
    return grad


def gradient_of_function_2(x):
    return numerical_gradient(function_2, x)


def gradient_of_weighted_squares(weights, x):
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
