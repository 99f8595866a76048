import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, Mistake, text
from grader.problems.forward import softmax
from grader.problems.learning import (
    MISSING_DELTA,
    SWAPPED_ARGUMENTS,
    equals,
    inputs_2,
    minus_log_target,
    one_hot,
    swapped_cross_entropy,
    weights_2x3,
)
from grader.spec import Problem

X = np.array([0.6, 0.9])
T = np.array([0, 0, 1])
SATURATED = np.array([[1000.0, 0.0, 0.0], [1000.0, 0.0, 0.0]])  # softmax gives exactly 0 to the target class


def loss(x, w, t):
    return minus_log_target(softmax(x @ w), t)


MISTAKES = [MISSING_DELTA, Mistake(SWAPPED_ARGUMENTS, when=lambda args, actual: np.isclose(
    float(actual), swapped_cross_entropy(softmax(args[0] @ args[1]), args[2]), rtol=1e-6))]

PROBLEM = Problem(
    id="p126", chapter="ch04", slug="cross_entropy_of_prediction",
    title=text("예측의 교차 엔트로피 오차", "The cross entropy error of the prediction"),
    statement=text("위에서 출력한 소프트맥스 함수의 결과와 아래의 target 값과의 오차를 출력하기 위해 cross_entropy_error 함수를 생성하고 통과한 결과를 출력하시오",
                   "To print the error between the softmax result above and the target below, create the cross_entropy_error function and print the result."),
    given="x = np.array([0.6, 0.9])\nt = np.array([0, 0, 1])",
    example=">>> loss_of(np.array([0.6, 0.9]), w, np.array([0, 0, 1]))   # 가중치에 따라 다름 / depends on w\n0.4551383843637972\n"
            "# = -log(softmax(predict(x, w))[2] + 1e-7)",
    names=("predict", "softmax", "cross_entropy_error", "loss_of"),
    stub='''
import numpy as np


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot(x, w)."""
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max))."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7): y is the prediction (probabilities), t the one-hot target."""
    raise NotImplementedError


def loss_of(x: np.ndarray, w: np.ndarray, t: np.ndarray) -> float:
    """The cross entropy error of softmax(predict(x, w)) against t."""
    raise NotImplementedError
''',
    checks=(
        Holds("loss_of", (inputs_2, weights_2x3, one_hot(3)), equals(loss, dtype=None, rtol=1e-6),
              title=text("오차 = 정답 클래스 확률의 -log", "the error is -log of the target class's probability"), mistakes=MISTAKES),
        Holds("loss_of", (st.just(X), st.just(SATURATED), st.just(T)), equals(loss, dtype=None, rtol=1e-6),
              title=text("정답 클래스의 확률이 0일 때: -log(1e-7) ≈ 16.12", "probability 0 on the target: -log(1e-7) ≈ 16.12"),
              mistakes=MISTAKES),
    ),
    hints=(text("y = softmax(predict(x, w)); return cross_entropy_error(y, t)  (예측이 먼저, 정답이 나중)",
                "y = softmax(predict(x, w)); return cross_entropy_error(y, t)  (prediction first, target second)"),),
)
