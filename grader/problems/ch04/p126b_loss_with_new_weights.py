import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, Mistake, text
from grader.compare import Fail, expect_equal
from grader.problems.forward import softmax
from grader.problems.learning import (
    SWAPPED_ARGUMENTS,
    inputs_2,
    minus_log_target,
    one_hot,
    swapped_cross_entropy,
)
from grader.spec import Problem


def _consistent(args, actual):
    x, t = args
    if not (isinstance(actual, (tuple, list)) and len(actual) == 2):
        raise Fail("type", text("(w, 오차) 두 값을 튜플로 돌려주세요.", "Return the two values (w, error) as a tuple."), actual=actual)
    w, error = actual
    expect_equal(np.shape(w), (2, 3), what="w.shape")
    expect_equal(error, minus_log_target(softmax(x @ np.asarray(w, dtype=float)), t), rtol=1e-6, dtype=None, what="error")


SWAPPED = Mistake(SWAPPED_ARGUMENTS, when=lambda args, actual: np.isclose(
    float(actual[1]), swapped_cross_entropy(softmax(args[0] @ np.asarray(actual[0], dtype=float)), args[1]), rtol=1e-6))

PROBLEM = Problem(
    id="p126b", chapter="ch04", slug="loss_with_new_weights",
    title=text("새 가중치로 교차 엔트로피 오차 (126번 다시)", "Cross entropy with fresh weights (p126 again)"),
    statement=text("위에서 출력한 소프트맥스 함수의 결과와 아래의 target 값과의 오차를 출력하기 위해 cross_entropy_error 함수를 생성하고 통과한 결과를 출력하시오 "
                   "(이번에는 __init__()으로 가중치를 만들어서)",
                   "Create the cross_entropy_error function and print the error between the softmax result above and the target "
                   "(repeat of p126, this time with weights made by __init__())."),
    given="x = np.array([0.6, 0.9])\nt = np.array([0, 0, 1])\nw = __init__()",
    example=">>> w, error = loss_with_new_weights(np.array([0.6, 0.9]), np.array([0, 0, 1]))\n"
            "# error == cross_entropy_error(softmax(predict(x, w)), t)\n"
            "(노트의 답 cross_entropy_error(b, softmax_y)는 b가 정의되지 않았고 인자 순서도 틀렸습니다 / "
            "the notes' answer uses an undefined b and swaps the arguments)",
    names=("__init__", "predict", "softmax", "cross_entropy_error", "loss_with_new_weights"),
    stub='''
import numpy as np


def __init__() -> np.ndarray:
    """Random 2 x 3 weights."""
    raise NotImplementedError


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot(x, w)."""
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max))."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7): the prediction y first, the target t second."""
    raise NotImplementedError


def loss_with_new_weights(x: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, float]:
    """w = __init__(), then (w, the cross entropy error of softmax(predict(x, w)) against t)."""
    raise NotImplementedError
''',
    checks=(
        Holds("loss_with_new_weights", (st.just(np.array([0.6, 0.9])), st.just(np.array([0, 0, 1]))), _consistent,
              title=text("예시: 돌려준 w로 계산한 오차", "the example: the error computed with the returned w"), mistakes=[SWAPPED]),
        Holds("loss_with_new_weights", (inputs_2, one_hot(3)), _consistent,
              title=text("무작위 입력과 정답", "generated inputs and targets"), mistakes=[SWAPPED]),
    ),
    hints=(text("cross_entropy_error(softmax_y, t): 노트처럼 cross_entropy_error(b, softmax_y)로 쓰면 정답과 예측이 바뀝니다.",
                "cross_entropy_error(softmax_y, t): the notes' cross_entropy_error(b, softmax_y) swaps the target and the prediction."),),
)
