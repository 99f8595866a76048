import numpy as np

from grader.checks import text
from grader.problems.forward import forward_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p061", chapter="ch03", slug="forward_softmax",
    title=text("출력층을 소프트맥스로", "A softmax output layer"),
    statement=text("문제 53번 코드에 항등 함수를 소프트맥스 함수로 바꾸시오",
                   "Replace the identity function in the code of problem 53 with the softmax function."),
    given="network = init_network()  # 문제 52 / problem 52\nx = np.array([1, 2])",
    example=">>> forward(init_network(), np.array([1, 2]))\narray([0.11921653, 0.88078347])\n"
            ">>> forward(book_network, np.array([1.0, 0.5]))  # 책의 가중치와 편향 / the book's weights and biases\n"
            "array([0.40625907, 0.59374093])",
    names=("forward",),
    stub='''
import numpy as np


def forward(network: dict, x: np.ndarray) -> np.ndarray:
    """Problem 53's 3-layer pass with softmax instead of identity on layer 3.

    Biases are added when the network has them (network.get('b1', 0)). For a batch x (one sample per row),
    every row of the result is one sample's probabilities and sums to 1.
    """
    raise NotImplementedError
''',
    checks=forward_checks("forward", "softmax", np.array([0.11921653, 0.88078347]), np.array([0.40625907, 0.59374093])),
    hints=(
        text("문제 53의 forward에서 마지막 줄의 identity_function(a3)을 문제 60의 softmax(a3)로 바꿉니다.",
             "In problem 53's forward, replace identity_function(a3) on the last line by problem 60's softmax(a3)."),
        text("softmax가 배치에서 행마다 정규화하는지 확인하세요 (axis=-1, keepdims=True).",
             "Make sure softmax normalises each row of a batch (axis=-1, keepdims=True)."),
    ),
)
