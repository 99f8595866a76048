"""Mistake: the book's first numerical_gradient, for idx in range(x.size): right for a 1-D x only (this problem takes any shape).

expect: The book's first numerical_gradient (for idx in range(x.size): x[idx] ...) is for a 1-D x
"""
import numpy as np
def function_2(x):
    return x[0]**2 + x[1]**2
def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2*h)
        x[idx] = tmp_val
    return grad
def gradient_of_function_2(x):
    return numerical_gradient(function_2, x)
def gradient_of_weighted_squares(weights, x):
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
