"""Mistake: the notes' point is written into the code: x1 = 4.0 fixed and the derivative taken at 3.0, whatever the arguments.

expect: The point (3, 4) is written into the code
"""
def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def loss_func(x0, x1):
    return x0 ** 2 + x1 ** 2


def partial_x0(x0, x1):
    return numerical_diff(lambda x: x ** 2 + 4.0 ** 2, 3.0)
