import numpy as np

from grader.checks import Example, text
from grader.problems.learning import HOOKS_NOTE, gradient_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p117", chapter="ch04", slug="numerical_gradient",
    title=text("기울기: 모든 편미분을 한 번에", "The gradient: every partial derivative at once"),
    statement=text("위에서는 f(x_0, x_1) = x_0^2 + x_1^2 함수를 편미분하는 것을 각각 수행했는데 이번에는 편미분이 한번에 수행되게끔 하는 코드를 작성하시오 "
                   "(책 p.127의 numerical_gradient 함수)",
                   "Above, each partial derivative of f(x0, x1) = x0^2 + x1^2 was computed separately; now write code that computes "
                   "all partial derivatives at once (the numerical_gradient function of book p.127)."),
    given="f(x) = np.sum(x**2)\nx = np.array([3.0, 4.0])",
    example=">>> numerical_gradient(function_2, np.array([3.0, 4.0]))\narray([6., 8.])",
    names=("function_2", "numerical_gradient"),
    stub='''
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
''' + HOOKS_NOTE + '''

def gradient_of_function_2(x: np.ndarray) -> np.ndarray:
    return numerical_gradient(function_2, x)


def gradient_of_weighted_squares(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    return numerical_gradient(lambda v: np.sum(weights * v ** 2), x)
''',
    checks=(
        Example("function_2", (np.array([3.0, 4.0]),), 25.0, dtype=None, title=text("function_2([3, 4]) = 25", "function_2([3, 4]) = 25")),
        Example("gradient_of_function_2", (np.array([3.0, 4.0]),), np.array([6.0, 8.0]), rtol=1e-7, atol=1e-7),
        *gradient_checks("gradient_of_weighted_squares"),
    ),
    hints=(text("for idx in np.ndindex(x.shape): 는 1차원이든 2차원이든 모든 요소의 인덱스 (i,) 또는 (i, j) 를 줍니다.",
                "for idx in np.ndindex(x.shape): gives the index (i,) or (i, j) of every element, 1-D or 2-D alike."),
           text("grad = np.zeros_like(x); 각 idx 마다 tmp_val = x[idx]; x[idx] = tmp_val + h; fxh1 = f(x); x[idx] = tmp_val - h; "
                "fxh2 = f(x); grad[idx] = (fxh1 - fxh2) / (2*h); x[idx] = tmp_val",
                "grad = np.zeros_like(x); for each idx: tmp_val = x[idx]; x[idx] = tmp_val + h; fxh1 = f(x); x[idx] = tmp_val - h; "
                "fxh2 = f(x); grad[idx] = (fxh1 - fxh2) / (2*h); x[idx] = tmp_val")),
)
