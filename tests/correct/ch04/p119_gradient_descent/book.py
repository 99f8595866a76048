"""The book's gradient_descent (x = init_x: init_x is updated in place, as the book does).

style: the book's code
"""
import numpy as np


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def numerical_gradient(f, x):
    # the book's _numerical_gradient_no_batch: a 1-D x, element by element
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
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
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x


# ---- hooks the grader calls (as in the stub) ----


def descend_function_2(init_x: np.ndarray, lr: float, step_num: int) -> np.ndarray:
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
