"""Numerical differentiation (book: common/gradient.py and ch04/gradient_*.py)."""
from __future__ import annotations

from typing import Callable

import numpy as np


def numerical_diff(f: Callable[[float], float], x: float, h: float = 1e-4) -> float:
    """f'(x) by the central difference (f(x+h) - f(x-h)) / 2h.

    Central, not forward ((f(x+h) - f(x)) / h): its error shrinks like h² instead of h.
    h = 1e-4, not 1e-50: in float64, x + 1e-50 rounds back to x and the difference is 0.
    """
    return (f(x + h) - f(x - h)) / (2 * h)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """df/dx for every element of x, an array of any shape.

    Each element is shifted in place and put back, because callers such as TwoLayerNet pass a
    function that ignores its argument and reads the network's own parameter array (`lambda W: net.loss(x, t)`):
    only an in-place change is seen by it. An integer array cannot hold x + 1e-4 (it would be truncated
    back to x), so it is differentiated as a float copy.
    """
    if not np.issubdtype(np.asarray(x).dtype, np.floating):
        x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        original = x[index]
        x[index] = original + h
        above = f(x)
        x[index] = original - h
        below = f(x)
        x[index] = original  # restore before the next element, or every later derivative is taken elsewhere
        grad[index] = (above - below) / (2 * h)
    return grad


def gradient_descent(f: Callable[[np.ndarray], float], init_x: np.ndarray, lr: float = 0.01,
                     step_num: int = 100) -> np.ndarray:
    """step_num steps of x <- x - lr * grad f(x), from a copy of init_x (the caller's array is left alone)."""
    x = np.array(init_x, dtype=float)
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)  # minus: the gradient points uphill
    return x
