"""The book's gradient_descent, a fresh start array for each learning rate.

style: the book's code, fresh init_x
"""
import numpy as np


def function_2(x):
    return np.sum(x ** 2)


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
        it.iternext()
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for i in range(step_num):
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x


def try_learning_rates(lrs):
    results = []
    for lr in lrs:
        results.append(gradient_descent(function_2, np.array([3.0, 4.0]), lr=lr, step_num=100))
    return results


# ---- hooks the grader calls (as in the stub) ----


def descend_function_2(init_x: np.ndarray, lr: float, step_num: int) -> np.ndarray:
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
