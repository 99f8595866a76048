import numpy as np

from reference.gradient import numerical_diff

__all__ = ["loss_func", "numerical_diff", "slope_at", "slope_of_loss_func"]


def loss_func(x):
    return x ** 2 + 4 ** 2


def slope_of_loss_func(x: float) -> float:
    return numerical_diff(loss_func, x)


def slope_at(coefficients: list, x: float, h: float | None = None) -> float:
    f = lambda v: np.polyval(coefficients, v)  # noqa: E731
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
