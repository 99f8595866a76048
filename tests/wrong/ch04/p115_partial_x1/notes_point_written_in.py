"""Mistake: copies the notes' cost function 3**2 + x**2, so x0 is always 3 and the point is always the notes' one.

expect: The point (3, 4) is written into the code
"""


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x0, x1):
    return x0 ** 2 + x1 ** 2


def partial_x1(x0, x1):
    return numerical_diff(lambda x: 3 ** 2 + x ** 2, 4)
