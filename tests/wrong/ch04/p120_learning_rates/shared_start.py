"""Mistake: one init_x for every lr, with the book's in-place gradient_descent: lr = 1e-10 starts from lr = 10's result.

expect: gradient_descent changed the init_x array in place
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
        x -= lr * numerical_gradient(f, x)
    return x


def try_learning_rates(lrs):
    init_x = np.array([3.0, 4.0])
    return [gradient_descent(function_2, init_x, lr, 100).copy() for lr in lrs]


def descend_function_2(init_x, lr, step_num):
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
