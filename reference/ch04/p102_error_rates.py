import numpy as np

from reference.functions import mean_squared_error

__all__ = ["error_rates", "mean_squared_error"]


def error_rates(ys: list, t: list) -> list[float]:
    """The MSE of every prediction against t, in percent (one loop instead of nine print lines)."""
    return [round(mean_squared_error(np.array(y), np.array(t)) * 100, 2) for y in ys]
