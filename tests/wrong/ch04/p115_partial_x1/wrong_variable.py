"""Mistake: x1 is held fixed and x0 moved: that is the derivative with respect to x0.

expect: You differentiated with respect to x0
"""
def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x0, x1):
    return x0 ** 2 + x1 ** 2


def partial_x1(x0, x1):
    return numerical_diff(lambda x: loss_func(x, x1), x0)
