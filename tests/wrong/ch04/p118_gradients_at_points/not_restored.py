"""Mistake: numerical_gradient does not restore x[idx]; each row is a view into points, so points changes.

expect: x[idx] is not restored
"""
import numpy as np


def function_2(x):
    return np.sum(x ** 2)


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
    return grad


def gradients_at(points):
    return np.array([numerical_gradient(function_2, p) for p in points])
