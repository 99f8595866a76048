"""The book's common/gradient.py numerical_gradient (np.nditer), on a float copy.

style: the book's nditer loop
"""
import numpy as np


def function_2(x):
    return x[0] ** 2 + x[1] ** 2 if x.ndim == 1 and x.size == 2 else np.sum(x ** 2)


def numerical_gradient(f, x):
    h = 1e-4
    if x.dtype.kind != 'f':
        x = x.astype(float)
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
        it.iternext()
    return grad


# ---- hooks the grader calls (as in the stub) ----


def gradient_of_function_2(x: np.ndarray) -> np.ndarray:
    return numerical_gradient(function_2, x)


def gradient_of_weighted_squares(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
