import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, text
from grader.problems.activations import MATMUL_ERRORS
from grader.problems.common import explain_errors
from grader.problems.learning import dot_prop, inputs_2, weights_2x3
from grader.spec import Problem

X = np.array([0.6, 0.9])
W = np.array([[-1.15815693, -1.03718435, 0.03311024], [0.04157162, -1.4255968, 0.49998371]])

PROBLEM = Problem(
    id="p122", chapter="ch04", slug="dot_product",
    title=text("입력과 가중치의 내적", "The dot product of the input and the weights"),
    statement=text("위에서 구한 w값으로 아래의 입력값과 행렬의 내적을 출력하시오", "Print the dot product of the input below and the w found above."),
    given="x = np.array([0.6, 0.9])\nw = np.random.randn(2, 3)",
    example=">>> w = np.array([[-1.15815693, -1.03718435, 0.03311024], [0.04157162, -1.4255968, 0.49998371]])\n"
            ">>> dot_product(np.array([0.6, 0.9]), w)\narray([-0.6574797 , -1.90534773,  0.46985148])",
    names=("dot_product",),
    stub='''
import numpy as np


def dot_product(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The dot product of the input x (2 values) and the 2 x 3 weights w: 3 values."""
    raise NotImplementedError
''',
    checks=(
        explain_errors(Holds("dot_product", (st.just(X), st.just(W)), dot_prop, title=text("예시의 결과", "the example's result")),
                       MATMUL_ERRORS),
        explain_errors(Holds("dot_product", (inputs_2, weights_2x3), dot_prop,
                             title=text("무작위 입력과 가중치", "generated inputs and weights")), MATMUL_ERRORS),
    ),
    hints=(text("np.dot(x, w): (2,) · (2, 3) → (3,). 순서를 바꾼 np.dot(w, x)는 안쪽 차원이 맞지 않습니다.",
                "np.dot(x, w): (2,) · (2, 3) → (3,). Swapped, np.dot(w, x), the inner dimensions do not match."),),
)
