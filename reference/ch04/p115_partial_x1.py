from reference.ch04.p114_partial_x0 import loss_func
from reference.gradient import numerical_diff

__all__ = ["loss_func", "numerical_diff", "partial_x1"]


def partial_x1(x0: float, x1: float) -> float:
    return numerical_diff(lambda x: loss_func(x0, x), x1)  # x0 fixed: a function of x1 alone
