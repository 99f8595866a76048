"""The book's numerical_gradient for a 2-D x: row by row with _numerical_gradient_no_batch.

style: the book's code
"""
import numpy as np


def function_2(x):
    return np.sum(x ** 2)


def _numerical_gradient_no_batch(f, x):
    # the book's _numerical_gradient_no_batch: a 1-D x, element by element
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
    return grad


def numerical_gradient(f, X):
    if X.ndim == 1:
        return _numerical_gradient_no_batch(f, X)
    grad = np.zeros_like(X)
    for idx, x in enumerate(X):
        grad[idx] = _numerical_gradient_no_batch(f, x)
    return grad


def gradients_at(points):
    return numerical_gradient(function_2, points)
