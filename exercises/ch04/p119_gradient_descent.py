"""p119 · 경사 하강법 (Gradient descent)

[문제]
위에서 만든 numerical_gradient 함수를 100번 수행되게 해서 global minima에 도달하게끔 하는 코드를 구현하시오

[Problem]
Run the numerical_gradient function made above 100 times so that it reaches the global minimum (gradient descent).

주어진 것 / Given:
    init_x = np.array([3.0, 4.0])
    lr = 0.1
    step_num = 100

예시 / Example:
    >>> gradient_descent(function_2, np.array([3.0, 4.0]), lr=0.1, step_num=100)
    array([6.11110793e-10, 8.14814391e-10])

힌트 / Hints: grade hint p119

채점 / Grade: grade p119
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

# ---- 채점기가 부르는 연결 함수입니다. 고치지 마세요. / Hooks the grader calls: leave them as they are. ----
# 채점기는 파이썬 함수를 여러분의 코드로 보낼 수 없어서 숫자(다항식의 계수 등)를 보내고, 아래 함수가 그 숫자로
# 미분할 함수를 만들어 여러분의 함수에 넘깁니다.
# The grader cannot send a Python function to your code, so it sends numbers (a polynomial's coefficients, ...)
# and these hooks build the function to differentiate from them and hand it to your function.


def descend_function_2(init_x: np.ndarray, lr: float, step_num: int) -> np.ndarray:
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
