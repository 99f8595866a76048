import numpy as np

from grader.checks import Agrees, Example, text
from grader.problems.learning import mse_mistakes, vectors
from grader.spec import Problem

T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])

PROBLEM = Problem(
    id="p101", chapter="ch04", slug="mean_squared_error",
    title=text("평균제곱오차", "Mean squared error"),
    statement=text("평균제곱 오차 함수를 책 112페이지 식을 참고해서 함수를 만들어 구현하시오",
                   "Implement the mean squared error function following the formula on page 112 of the book."),
    given="t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]\ny = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]\nE = 0.5 * Σ_k (y_k - t_k)²",
    example=">>> mean_squared_error(np.array(y), np.array(t))\n0.09750000000000003",
    names=("mean_squared_error",),
    stub='''
import numpy as np


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 * the sum of (y - t)² over all classes: y is the prediction, t the one-hot target."""
    raise NotImplementedError
''',
    checks=(
        Example("mean_squared_error", (Y, T), 0.0975, dtype=None, mistakes=mse_mistakes(lambda e, args: e(*args))),
        Agrees("mean_squared_error", [vectors(), vectors()], dtype=None, mistakes=mse_mistakes(lambda e, args: e(*args))),
    ),
    hints=(text("(y - t)**2 는 요소마다 제곱합니다. np.sum으로 더하고 0.5를 곱하세요.",
                "(y - t)**2 squares element by element; add them with np.sum and multiply by 0.5."),),
)
