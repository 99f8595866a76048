import numpy as np

from grader.checks import text
from grader.problems.forward import weights_pass_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p049", chapter="ch03", slug="output_layer_input",
    title=text("출력층에 들어가기 전의 값 y3", "y3, the value entering the output layer"),
    statement=text("출력층(3층)의 항등함수에 값이 입력되기 전의 y3 값을 출력하시오",
                   "Print y3, the value of the output layer (layer 3) before it enters the identity function."),
    given="x = np.array([1, 2])\nW1 = np.array([[1, 3, 5], [4, 5, 6]])\nW2 = np.array([[1, 2], [3, 4], [5, 6]])\n"
          "W3 = np.array([[1, 2], [3, 4]])\ny3 = np.dot(y2_hat, W3)  # y2_hat: 은닉 2층의 출력 / the output of hidden layer 2",
    example=">>> output_layer_input(np.array([1, 2]), W1, W2, W3)\narray([3.99985815, 5.9997286 ])",
    names=("output_layer_input",),
    stub='''
import numpy as np


def output_layer_input(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    """Return y3 = y2_hat · W3, where y_hat = sigmoid(x · W1) and y2_hat = sigmoid(y_hat · W2) (no biases)."""
    raise NotImplementedError
''',
    checks=weights_pass_checks("output_layer_input", np.array([3.99985815, 5.9997286])),
    hints=(text("층마다 np.dot으로 곱하고, 은닉층 (1층, 2층)의 결과만 시그모이드에 통과시킵니다. y3에는 시그모이드를 쓰지 않습니다.",
                "Multiply with np.dot at each layer and pass only the hidden layers (1 and 2) through the sigmoid; "
                "y3 itself gets no sigmoid."),),
)
