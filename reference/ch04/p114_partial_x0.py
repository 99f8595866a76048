from reference.gradient import numerical_diff

__all__ = ["loss_func", "numerical_diff", "partial_x0"]


def loss_func(x0: float, x1: float) -> float:
    return x0 ** 2 + x1 ** 2


def partial_x0(x0: float, x1: float) -> float:
    # Fixing x1 turns f into a function of x0 alone; its ordinary derivative is the partial derivative.
    return numerical_diff(lambda x: loss_func(x, x1), x0)
