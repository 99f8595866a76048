import numpy as np

from grader.checks import text
from grader.problems.forward import forward_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p053", chapter="ch03", slug="forward",
    title=text("3층 신경망을 하나의 함수로: forward(network, x)", "The 3-layer network as one function: forward(network, x)"),
    statement=text("1층, 2층, 3층 코드를 하나의 함수로 생성하시오 (함수 이름: forward(network, x))",
                   "Put the code of layers 1, 2 and 3 into one function forward(network, x)."),
    given="network = init_network()  # 문제 52 / problem 52\nx = np.array([1, 2])",
    example=">>> forward(init_network(), np.array([1, 2]))\narray([3.99985815, 5.9997286 ])\n"
            ">>> forward(book_network, np.array([1.0, 0.5]))  # 책의 가중치와 편향 / the book's weights and biases\n"
            "array([0.31682708, 0.69627909])",
    names=("forward",),
    stub='''
import numpy as np


def forward(network: dict, x: np.ndarray) -> np.ndarray:
    """The 3-layer pass: a = x·W + b at each layer, sigmoid on layers 1 and 2, identity on layer 3.

    network holds W1, W2, W3 and, in the book's network, the biases b1, b2, b3 (the notes' init_network has
    none: network.get('b1', 0) counts a missing bias as 0). x is one sample, or a batch with one sample per row.
    """
    raise NotImplementedError
''',
    checks=forward_checks("forward", "identity", np.array([3.99985815, 5.9997286]), np.array([0.31682708, 0.69627909])),
    hints=(
        text("배치 x (행마다 표본)도 np.dot(x, W1)이 행마다 계산하므로 같은 코드로 됩니다. 편향은 행마다 브로드캐스트됩니다.",
             "A batch x (one sample per row) needs no extra code: np.dot(x, W1) works row by row and the bias broadcasts."),
        text("W1, W2, W3 = network['W1'], network['W2'], network['W3'] 로 꺼낸 뒤 문제 49의 세 층을 그대로 씁니다.",
             "Take W1, W2, W3 = network['W1'], network['W2'], network['W3'], then write problem 49's three layers."),
    ),
)
