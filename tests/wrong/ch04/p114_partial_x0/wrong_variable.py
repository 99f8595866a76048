"""Mistake: fixes x0 and moves x1, i.e. differentiates with respect to the other variable.

expect: You differentiated with respect to x1
"""


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x0, x1):
    return x0 ** 2 + x1 ** 2


def partial_x0(x0, x1):
    return numerical_diff(lambda x: loss_func(x0, x), x1)
