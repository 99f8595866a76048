"""The grader's own numerical gradient (central differences), independent of the reference library.

A numerical gradient is only right where the function is smooth within ±h. At a kink (a ReLU input or a
max-pooling window's winner that changes between x - h and x + h) the central difference averages two
different slopes and is wrong, though the learner's backprop is right. So the grader keeps the two
one-sided slopes as well: where f is smooth all three agree to O(h), and at a kink the slope on the side
that holds no kink is the true derivative at x. `gradient_error` judges the analytic gradient, element by
element, against whichever of the three estimates it is closest to; a wrong gradient is far from all three.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

H = 1e-5


@dataclass(frozen=True)
class NumericalGradient:
    """Central, forward ((f(x+h) - f(x)) / h) and backward ((f(x) - f(x-h)) / h) differences, per element."""

    central: np.ndarray
    forward: np.ndarray
    backward: np.ndarray

    @classmethod
    def from_values(cls, at: float, above: np.ndarray, below: np.ndarray, h: float = H) -> NumericalGradient:
        """From f(x), and f at x + h and x - h in each coordinate."""
        above, below = np.asarray(above, dtype=float), np.asarray(below, dtype=float)
        return cls((above - below) / (2 * h), (above - at) / h, (at - below) / h)

    @property
    def kinks(self) -> np.ndarray:
        """Where the two one-sided slopes disagree: a kink within ±h (or a very curved function)."""
        return ~np.isclose(self.forward, self.backward, rtol=1e-3, atol=1e-6)


def probe(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = H) -> NumericalGradient:
    """f at x and at x ± h in every coordinate of a float64 copy of x; f always gets fresh arrays."""
    x = np.array(x, dtype=np.float64)
    above, below = np.zeros_like(x), np.zeros_like(x)
    for index in np.ndindex(x.shape):
        shifted = x.copy()
        shifted[index] += h
        above[index] = f(shifted)
        shifted[index] -= 2 * h
        below[index] = f(shifted)
    return NumericalGradient.from_values(f(x.copy()), above, below, h)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = H) -> np.ndarray:
    """df/dx by central differences (for smooth functions; see `probe` where kinks are possible)."""
    return probe(f, x, h).central


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """max |a - n| / max(1, |a| + |n|): relative for large gradients, absolute near zero."""
    return float(np.max(_elementwise_error(analytic, numeric), initial=0.0))


def gradient_error(analytic: np.ndarray, numeric: NumericalGradient) -> float:
    """The relative error of each element against the nearest of the three estimates; the largest of those.

    nan anywhere gives nan, which no tolerance accepts.
    """
    errors = np.minimum.reduce([_elementwise_error(analytic, estimate)
                                for estimate in (numeric.central, numeric.forward, numeric.backward)])
    return float(np.max(errors, initial=0.0))


def _elementwise_error(analytic: np.ndarray, numeric: np.ndarray) -> np.ndarray:
    analytic, numeric = np.asarray(analytic, dtype=float), np.asarray(numeric, dtype=float)
    return np.abs(analytic - numeric) / np.maximum(1.0, np.abs(analytic) + np.abs(numeric))
