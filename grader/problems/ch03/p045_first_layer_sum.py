import numpy as np

from grader.checks import text
from grader.problems.activations import product_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p045", chapter="ch03", slug="first_layer_sum",
    title=text("신경망 1층의 가중합", "The first layer's weighted sums"),
    statement=text("아래의 입력값과 가중치를 이용해서 신경망 1층에서 나온 출력값인 [9 13 17] 을 출력하시오",
                   "Using the given inputs and weights, print the first-layer output [9 13 17]."),
    given="x = np.array([1, 2])\nw = np.array([[1, 3, 5], [4, 5, 6]])",
    example=">>> layer1_sum(np.array([1, 2]), np.array([[1, 3, 5], [4, 5, 6]]))\narray([ 9, 13, 17])",
    names=("layer1_sum",),
    stub='''
import numpy as np


def layer1_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The first layer's weighted sums for input x (shape (k,)) and weights w (shape (k, m)): shape (m,)."""
    raise NotImplementedError
''',
    checks=product_checks("layer1_sum", (np.array([1, 2]), np.array([[1, 3, 5], [4, 5, 6]])), vector=True),
    hints=(text("1층의 노드 j 의 값은 x_1*w[0, j] + x_2*w[1, j] 입니다: 모두 한 번에 np.dot(x, w).",
                "Node j of layer 1 is x_1*w[0, j] + x_2*w[1, j]: all of them at once with np.dot(x, w)."),),
)
