"""The grader's own numerical gradient (central differences), independent of the reference library."""
from __future__ import annotations

from typing import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """df/dx for every element of a float64 copy of x; f is called with fresh arrays, never with x itself."""
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        shifted = x.copy()
        shifted[index] += h
        above = f(shifted)
        shifted[index] -= 2 * h
        below = f(shifted)
        grad[index] = (above - below) / (2 * h)
    return grad


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """max |a - n| / max(1, |a| + |n|): relative for large gradients, absolute near zero."""
    analytic, numeric = np.asarray(analytic, dtype=float), np.asarray(numeric, dtype=float)
    if analytic.size == 0:
        return 0.0
    return float(np.max(np.abs(analytic - numeric) / np.maximum(1.0, np.abs(analytic) + np.abs(numeric))))
