import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, text
from grader.problems.forward import softmax, softmax_checks
from grader.problems.learning import equals, inputs_2, weights_2x3
from grader.spec import Problem

X = np.array([0.6, 0.9])
W = np.array([[0.47499735, 0.26928766, 0.04306079], [0.88458809, 0.93261392, 0.40295721]])

PROBLEM = Problem(
    id="p125", chapter="ch04", slug="softmax_of_prediction",
    title=text("predict의 결과를 소프트맥스에", "predict's result through softmax"),
    statement=text("위의 predict에서 나온 결과를 softmax 출력층 함수에 통과시킨 결과가 무엇인가?",
                   "What do you get by passing the result of predict above through the softmax output function?"),
    given="x = np.array([0.6, 0.9])",
    example=f">>> w = np.array({W.tolist()})\n>>> softmax_of_prediction(np.array([0.6, 0.9]), w)\n"
            f"{np.array2string(softmax(X @ W), separator=', ')}   # 합 / sum = 1",
    names=("predict", "softmax", "softmax_of_prediction"),
    stub='''
import numpy as np


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot(x, w)."""
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max)) along the last axis: positive values that sum to 1."""
    raise NotImplementedError


def softmax_of_prediction(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """softmax(predict(x, w))."""
    raise NotImplementedError
''',
    checks=(
        *softmax_checks("softmax"),
        Holds("softmax_of_prediction", (st.just(X), st.just(W)), equals(lambda x, w: softmax(x @ w)),
              title=text("예시의 결과", "the example's result")),
        Holds("softmax_of_prediction", (inputs_2, weights_2x3), equals(lambda x, w: softmax(x @ w)),
              title=text("무작위 입력과 가중치", "generated inputs and weights")),
    ),
    hints=(text("소프트맥스는 순서를 바꾸지 않습니다: 가장 큰 점수가 가장 큰 확률이 됩니다.",
                "Softmax keeps the order: the largest score becomes the largest probability."),),
)
