"""Mistake: the gradient is added, x += lr * grad: it climbs instead of descending.

expect: The gradient is added (gradient ascent)
"""
import numpy as np


def function_2(x):
    return np.sum(x ** 2)


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for i in range(step_num):
        x += lr * numerical_gradient(f, x)
    return x


def try_learning_rates(lrs):
    return [gradient_descent(function_2, np.array([3.0, 4.0]), lr, 100) for lr in lrs]


def descend_function_2(init_x, lr, step_num):
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
