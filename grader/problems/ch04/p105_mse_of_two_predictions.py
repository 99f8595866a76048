import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, text
from grader.problems.learning import equals, mse_mistakes, one_hot, probabilities
from grader.spec import Problem

X = np.array([0, 0, 0.1, 0, 0, 0, 0, 0, 0, 0.9])
Y = np.array([0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0.1])
T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])


def _errors(x, y, t):
    return 0.5 * float(np.sum((x - t) ** 2)), 0.5 * float(np.sum((y - t) ** 2))


MISTAKES = mse_mistakes(lambda error, args: (error(args[0], args[2]), error(args[1], args[2])))

PROBLEM = Problem(
    id="p105", chapter="ch04", slug="mse_of_two_predictions",
    title=text("확률 0.1과 0.9 예측의 평균제곱오차", "MSE of a 0.1 and a 0.9 prediction"),
    statement=text("mean square error 함수의 공식을 가지고 0.1과 0.9 확률의 오차를 각각 출력하시오",
                   "Using the mean squared error formula, print the error for the predictions with probability 0.1 and 0.9 on the correct class."),
    given="x = np.array([0, 0, 0.1, 0, 0, 0, 0, 0, 0, 0.9])  # 숫자 9를 예측\n"
          "y = np.array([0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0.1])  # 숫자 2를 예측\n"
          "t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])",
    example=">>> errors_of_both(x, y, t)\n(0.81, 0.009999999999999998)",
    names=("mean_squared_error", "errors_of_both"),
    stub='''
import numpy as np


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 * the sum of (y - t)²."""
    raise NotImplementedError


def errors_of_both(x: np.ndarray, y: np.ndarray, t: np.ndarray) -> tuple[float, float]:
    """(the MSE of prediction x against t, the MSE of prediction y against t)."""
    raise NotImplementedError
''',
    checks=(
        Holds("errors_of_both", (st.just(X), st.just(Y), st.just(T)), equals(lambda x, y, t: (0.81, 0.01), dtype=None),
              title=text("예시의 결과", "the example's result"), mistakes=MISTAKES),
        Holds("errors_of_both", [probabilities(), probabilities(), one_hot()], equals(_errors, dtype=None),
              title=text("무작위 예측의 오차", "the errors of random predictions"), mistakes=MISTAKES),
    ),
    hints=(text("정답(숫자 2)에 확률 0.9를 준 y의 오차가 훨씬 작습니다: 오차가 작을수록 좋은 예측입니다.",
                "y, which gives the right class (2) probability 0.9, has the much smaller error: smaller is better."),),
)
