"""p118 · 여러 점에서의 기울기 (The gradient at several points)

[문제]
아래의 x0, x1 지점에서의 기울기를 각각 구하시오

[Problem]
Compute the gradient at each of the points x0, x1 below.

주어진 것 / Given:
    f(x) = np.sum(x**2)
    [3.0, 4.0] -----> [6.0, 8.0]
    [0.0, 2.0] ----->
    [3.0, 0.0] ----->

예시 / Example:
    >>> gradients_at(np.array([[3.0, 4.0], [0.0, 2.0], [3.0, 0.0]]))
    array([[6., 8.],
           [0., 4.],
           [6., 0.]])

힌트 / Hints: grade hint p118

채점 / Grade: grade p118
"""
import numpy as np


def function_2(x: np.ndarray) -> float:
    """f(x0, x1) = x0**2 + x1**2 = np.sum(x**2)."""
    raise NotImplementedError


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x (central difference, h = 1e-4); x is unchanged afterwards."""
    raise NotImplementedError


def gradients_at(points: np.ndarray) -> np.ndarray:
    """One row per point: the gradient of function_2 at that row of points."""
    raise NotImplementedError
