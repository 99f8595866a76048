
from grader.checks import Example, Holds, Mistake, text
from grader.problems.learning import (
    FORWARD_DIFFERENCE,
    H_TOO_SMALL,
    HOOKS_NOTE,
    equals,
    floats,
    slope_checks,
)
from grader.spec import Problem

PROBLEM = Problem(
    id="p111", chapter="ch04", slug="numerical_diff",
    title=text("수치 미분: x = 4 에서의 기울기", "Numerical differentiation: the slope at x = 4"),
    statement=text("아래의 비용함수를 수치미분 함수로 미분 하는데 x=4 에서의 미분계수(기울기)를 구하시오",
                   "Differentiate the cost function below with the numerical differentiation function and find the slope at x = 4."),
    given="y = x**2 + 4**2  # 비용함수 / cost function\nx = 4\nh = 1e-4  # 중앙 차분 / central difference",
    example=">>> numerical_diff(loss_func, 4)\n7.999999999999119",
    names=("numerical_diff", "loss_func"),
    stub='''
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
''' + HOOKS_NOTE + '''

def slope_of_loss_func(x: float) -> float:
    return numerical_diff(loss_func, x)


def slope_at(coefficients: list, x: float, h: float | None = None) -> float:
    f = lambda v: np.polyval(coefficients, v)  # [1, 0, 16] is v**2 + 16, the cost function above
    return numerical_diff(f, x) if h is None else numerical_diff(f, x, h)
''',
    checks=(
        Example("loss_func", (4.0,), 32.0, dtype=None, title=text("loss_func(4) = 4² + 4² = 32", "loss_func(4) = 4² + 4² = 32")),
        Holds("loss_func", (floats(-20, 20),), equals(lambda x: x ** 2 + 16, dtype=None),
              title=text("여러 x에서 loss_func(x) = x² + 16", "loss_func(x) = x² + 16 at many x")),
        Example("slope_of_loss_func", (4.0,), 8.0, rtol=1e-7, dtype=None,
                title=text("numerical_diff(loss_func, 4) ≈ 8", "numerical_diff(loss_func, 4) ≈ 8"),
                mistakes=[Mistake(H_TOO_SMALL, when=lambda args, actual: actual == 0),
                          Mistake(FORWARD_DIFFERENCE, when=lambda args, actual: abs(actual - 8.0001) < 1e-6)]),
        *slope_checks("slope_at"),
    ),
    book_signatures=(("numerical_diff", text(
        "책의 numerical_diff(f, x) 는 h = 1e-4 를 함수 안에 고정합니다. 이 문제는 h 를 바꿔 가며 오차를 보므로 h 를 인자로 받습니다: "
        "def numerical_diff(f, x, h=1e-4): (기본값 1e-4 라서 numerical_diff(f, x) 도 그대로 됩니다).",
        "The book's numerical_diff(f, x) fixes h = 1e-4 inside the function. This problem tries several h to see the "
        "error, so it takes h as an argument: def numerical_diff(f, x, h=1e-4): (with the default 1e-4, "
        "numerical_diff(f, x) still works as in the book).")),),
    hints=(text("return (f(x + h) - f(x - h)) / (2 * h)", "return (f(x + h) - f(x - h)) / (2 * h)"),
           text("정확한 도함수는 2x 이므로 x = 4 에서 8 입니다. 7.999999999999119 처럼 끝자리가 다른 것은 반올림 오차입니다.",
                "The exact derivative is 2x, 8 at x = 4; the last digits of 7.999999999999119 are rounding error.")),
)
