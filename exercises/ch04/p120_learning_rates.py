"""p120 · 학습률이 너무 크거나 작으면 (A learning rate too large or too small)

[문제]
lr(Learning Rate)을 크게 주면 어떻게, 작게 주면 어떻게 결과가 나오는지 확인하시오

[Problem]
Check what happens when the learning rate is very large and when it is very small.

주어진 것 / Given:
    lr = 10
    lr = 1e-10
    init_x = np.array([3.0, 4.0]); step_num = 100

예시 / Example:
    >>> try_learning_rates([10, 1e-10])
    [array([ 2.58983747e+13, -1.29524862e+12]), array([2.999999994, 3.999999992])]
    # lr = 10: 발산 (정확한 큰 값은 반올림에 따라 다름) / diverges (the exact huge numbers depend on rounding)
    # lr = 1e-10: 거의 움직이지 않음 / barely moves

힌트 / Hints: grade hint p120

채점 / Grade: grade p120
"""
import numpy as np


def function_2(x: np.ndarray) -> float:
    """f(x0, x1) = x0**2 + x1**2 = np.sum(x**2)."""
    raise NotImplementedError


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x (central difference, h = 1e-4); x is unchanged afterwards."""
    raise NotImplementedError


def gradient_descent(f, init_x: np.ndarray, lr: float = 0.01, step_num: int = 100) -> np.ndarray:
    """step_num times: x <- x - lr * (the gradient of f at x), starting from init_x; return the last x.

    The book's x = init_x is no copy, so its x -= ... updates init_x too: allowed here (init_x.copy() keeps it).
    """
    raise NotImplementedError


def try_learning_rates(lrs: list) -> list:
    """For each lr: gradient_descent of function_2 from a fresh np.array([3.0, 4.0]), 100 steps; the results as a list."""
    raise NotImplementedError

# ---- 채점기가 부르는 연결 함수입니다. 고치지 마세요. / Hooks the grader calls: leave them as they are. ----
# 채점기는 파이썬 함수를 여러분의 코드로 보낼 수 없어서 숫자(다항식의 계수 등)를 보내고, 아래 함수가 그 숫자로
# 미분할 함수를 만들어 여러분의 함수에 넘깁니다.
# The grader cannot send a Python function to your code, so it sends numbers (a polynomial's coefficients, ...)
# and these hooks build the function to differentiate from them and hand it to your function.


def descend_function_2(init_x: np.ndarray, lr: float, step_num: int) -> np.ndarray:
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
