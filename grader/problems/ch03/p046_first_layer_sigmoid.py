import numpy as np

from grader.checks import text
from grader.problems.activations import (
    product_checks,
    sigmoid_checks,
    sigmoid_layer_stub,
)
from grader.problems.forward import sigmoid
from grader.spec import Problem

PROBLEM = Problem(
    id="p046", chapter="ch03", slug="first_layer_sigmoid",
    title=text("신경망 1층의 출력 (시그모이드)", "The first layer's output through the sigmoid"),
    statement=text("위의 결과에서 시그모이드 함수를 만들어 통과하도록 만드시오",
                   "Write a sigmoid function and pass the result above through it."),
    given="x = np.array([1, 2])\nw = np.array([[1, 3, 5], [4, 5, 6]])\n# 위의 결과 / the result above: np.dot(x, w) = [9 13 17]",
    example=">>> layer1_output(np.array([1, 2]), np.array([[1, 3, 5], [4, 5, 6]]))\n"
            "array([0.99987661, 0.99999774, 0.99999996])",
    names=("sigmoid", "layer1_output"),
    stub=sigmoid_layer_stub("layer1_output", "Layer 1's output: the weighted sums np.dot(x, w) (problem 45) passed through sigmoid."),
    checks=sigmoid_checks("sigmoid", full=False)
    + product_checks("layer1_output", (np.array([1, 2]), np.array([[1, 3, 5], [4, 5, 6]])), then=sigmoid, vector=True),
    hints=(text("문제 45 의 가중합 [9 13 17] 에 sigmoid 를 적용합니다: sigmoid(np.dot(x, w)).",
                "Apply sigmoid to the weighted sums [9 13 17] of problem 45: sigmoid(np.dot(x, w))."),),
)
