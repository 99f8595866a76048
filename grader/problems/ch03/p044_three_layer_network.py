import numpy as np

from grader.checks import Example, text
from grader.problems.activations import sigmoid_checks
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import weights_pass_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p044", chapter="ch03", slug="three_layer_network",
    title=text("3층 신경망", "A 3-layer network"),
    statement=text("칠판에 나온 3층 신경망을 구현하고 J_1 , J_2 값을 구하시오 (3층 신경망 코드)",
                   "Implement the 3-layer network from the blackboard and compute the outputs J1, J2."),
    given="x = np.array([1, 2])\nW1 = np.array([[1, 3, 5], [4, 5, 6]])\nW2 = np.array([[1, 2], [3, 4], [5, 6]])\n"
          "W3 = np.array([[1, 2], [3, 4]])\n# 1층, 2층 뒤에 시그모이드, 출력층은 항등 함수, 편향 없음\n"
          "# sigmoid after layers 1 and 2, identity at the output, no biases",
    # The notes print [3.99985709 5.99972663]; their own code gives the numbers below (as printed in problem 53).
    example=">>> three_layer(np.array([1, 2]), W1, W2, W3)\narray([3.99985815, 5.9997286 ])",
    names=("sigmoid", "identity_func", "three_layer"),
    stub='''
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError


def identity_func(x: np.ndarray) -> np.ndarray:
    """The output layer's activation: x unchanged."""
    raise NotImplementedError


def three_layer(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    """The outputs (J_1, J_2): x·W1 -> sigmoid -> ·W2 -> sigmoid -> ·W3 -> identity_func (no biases)."""
    raise NotImplementedError
''',
    checks=sigmoid_checks("sigmoid", full=False)
    + (Example("identity_func", (np.array([3.5, -1.0, 0.0]),), np.array([3.5, -1.0, 0.0]), mistakes=(RETURNS_NONE,),
               title=text("항등 함수는 입력을 그대로 돌려줌", "the identity function returns its input")),)
    + weights_pass_checks("three_layer", np.array([3.99985815, 5.9997286])),
    hints=(text("앞 층의 출력이 다음 층의 입력입니다: (2,) · (2, 3) -> (3,) · (3, 2) -> (2,) · (2, 2) -> (2,).",
                "Each layer's output is the next one's input: (2,) · (2, 3) -> (3,) · (3, 2) -> (2,) · (2, 2) -> (2,)."),
           text("층마다 y = np.dot(입력, W) 후 활성화: 1층과 2층은 sigmoid, 3층(출력층)은 identity_func.",
                "Each layer: y = np.dot(input, W), then its activation: sigmoid for layers 1 and 2, identity_func "
                "for layer 3 (the output).")),
)
