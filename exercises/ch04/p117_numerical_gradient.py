"""p117 · 기울기: 모든 편미분을 한 번에 (The gradient: every partial derivative at once)

[문제]
위에서는 f(x_0, x_1) = x_0^2 + x_1^2 함수를 편미분하는 것을 각각 수행했는데 이번에는 편미분이 한번에 수행되게끔 하는 코드를 작성하시오 (책 p.127의 numerical_gradient 함수)

[Problem]
Above, each partial derivative of f(x0, x1) = x0^2 + x1^2 was computed separately; now write code that computes all partial derivatives at once (the numerical_gradient function of book p.127).

주어진 것 / Given:
    f(x) = np.sum(x**2)
    x = np.array([3.0, 4.0])

예시 / Example:
    >>> numerical_gradient(function_2, np.array([3.0, 4.0]))
    array([6., 8.])

힌트 / Hints: grade hint p117

채점 / Grade: grade p117
"""
import numpy as np


def function_2(x: np.ndarray) -> float:
    """f(x0, x1) = x0**2 + x1**2, written for an array: the sum of the squares of its elements."""
    raise NotImplementedError


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The partial derivative of f for every element of x (h = 1e-4, central difference).

    x may have any shape (np.ndindex(x.shape) or np.nditer visit every element). Shift one element,
    evaluate f, and put the element back (x[idx] = tmp_val) before moving on, so x is unchanged afterwards.
    An integer array cannot hold x + h: differentiate a float copy of it (x.astype(float)).
    """
    raise NotImplementedError

# ---- 채점기가 부르는 연결 함수입니다. 고치지 마세요. / Hooks the grader calls: leave them as they are. ----
# 채점기는 파이썬 함수를 여러분의 코드로 보낼 수 없어서 숫자(다항식의 계수 등)를 보내고, 아래 함수가 그 숫자로
# 미분할 함수를 만들어 여러분의 함수에 넘깁니다.
# The grader cannot send a Python function to your code, so it sends numbers (a polynomial's coefficients, ...)
# and these hooks build the function to differentiate from them and hand it to your function.


def gradient_of_function_2(x: np.ndarray) -> np.ndarray:
    return numerical_gradient(function_2, x)


def gradient_of_weighted_squares(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
