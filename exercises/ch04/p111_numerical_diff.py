"""p111 · 수치 미분: x = 4 에서의 기울기 (Numerical differentiation: the slope at x = 4)

[문제]
아래의 비용함수를 수치미분 함수로 미분 하는데 x=4 에서의 미분계수(기울기)를 구하시오

[Problem]
Differentiate the cost function below with the numerical differentiation function and find the slope at x = 4.

주어진 것 / Given:
    y = x**2 + 4**2  # 비용함수 / cost function
    x = 4
    h = 1e-4  # 중앙 차분 / central difference

예시 / Example:
    >>> numerical_diff(loss_func, 4)
    7.999999999999119

힌트 / Hints: grade hint p111

채점 / Grade: grade p111
"""
import numpy as np


def numerical_diff(f, x: float, h: float = 1e-4) -> float:
    """f'(x) by the central difference (f(x+h) - f(x-h)) / (2*h).

    Why not h = 1e-50? In float64, x + 1e-50 rounds back to x (rounding error), so the difference is 0.
    Why not (f(x+h) - f(x)) / h? That forward difference errs in proportion to h; the central one in proportion to h².
    """
    raise NotImplementedError


def loss_func(x):
    """The cost function y = x**2 + 4**2 (for a number or, element-wise, an array)."""
    raise NotImplementedError

# ---- 채점기가 부르는 연결 함수입니다. 고치지 마세요. / Hooks the grader calls: leave them as they are. ----
# 채점기는 파이썬 함수를 여러분의 코드로 보낼 수 없어서 숫자(다항식의 계수 등)를 보내고, 아래 함수가 그 숫자로
# 미분할 함수를 만들어 여러분의 함수에 넘깁니다.
# The grader cannot send a Python function to your code, so it sends numbers (a polynomial's coefficients, ...)
# and these hooks build the function to differentiate from them and hand it to your function.


def slope_of_loss_func(x: float) -> float:
    return numerical_diff(loss_func, x)


def slope_at(coefficients: list, x: float, h: float | None = None) -> float:
    f = lambda v: np.polyval(coefficients, v)  # [1, 0, 16] is v**2 + 16, the cost function above
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
