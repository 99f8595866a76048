import numpy as np

from grader.checks import Example, Holds, text
from grader.compare import expect_equal
from grader.problems.learning import MISSING_DELTA, one_hot, probabilities
from grader.spec import Problem

Y = np.array([0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0.1])
T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])


def _minus_log_of_target(args, actual):
    y, t = args
    expect_equal(actual, -np.log(y[np.argmax(t)] + 1e-7), rtol=1e-6, atol=1e-9, dtype=None, what="E")


PROBLEM = Problem(
    id="p107", chapter="ch04", slug="cross_entropy_error",
    title=text("교차 엔트로피 오차", "Cross entropy error"),
    statement=text("Cross Entropy Error 함수를 아래의 공식을 보고 생성하시오 (함수이름: cross_entropy_error)",
                   "Write the cross entropy error function from the formula E = -sum_k t_k log y_k (function name: cross_entropy_error)."),
    given="E = -Σ_k t_k log y_k\ny = np.array([0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0.1])\nt = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])",
    example=">>> cross_entropy_error(y, t)\n0.10536040454...   # = -log(0.9 + 1e-7)\n"
            "(노트의 벡터는 11개 요소: 10개의 오타 / the notes' vectors have 11 elements, a typo for 10)",
    names=("cross_entropy_error",),
    stub='''
import numpy as np


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + delta) for one sample; delta = 1e-7 keeps log(0) = -inf out of the sum."""
    raise NotImplementedError
''',
    checks=(
        Example("cross_entropy_error", (Y, T), float(-np.log(0.9 + 1e-7)), dtype=None, mistakes=[MISSING_DELTA]),
        Example("cross_entropy_error", (np.array([1.0, 0.0, 0.0]), np.array([0, 1, 0])), float(-np.log(1e-7)), dtype=None,
                title=text("정답 클래스의 확률이 0일 때: -log(1e-7) ≈ 16.12", "probability 0 on the target: -log(1e-7) ≈ 16.12"),
                mistakes=[MISSING_DELTA]),
        Holds("cross_entropy_error", (probabilities(), one_hot()), _minus_log_of_target,
              title=text("E = 정답 클래스 확률의 -log", "E is -log of the target class's probability"), mistakes=[MISSING_DELTA]),
    ),
    hints=(text("t가 원-핫이므로 합에서 정답 클래스 하나만 남습니다: E = -log(y[정답] + 1e-7).",
                "t is one-hot, so only the target class survives the sum: E = -log(y[target] + 1e-7)."),),
)
