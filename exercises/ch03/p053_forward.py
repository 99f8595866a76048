"""p053 · 3층 신경망을 하나의 함수로: forward(network, x) (The 3-layer network as one function: forward(network, x))

[문제]
1층, 2층, 3층 코드를 하나의 함수로 생성하시오 (함수 이름: forward(network, x))

[Problem]
Put the code of layers 1, 2 and 3 into one function forward(network, x).

주어진 것 / Given:
    network = init_network()  # 문제 52 / problem 52
    x = np.array([1, 2])

예시 / Example:
    >>> forward(init_network(), np.array([1, 2]))
    array([3.99985815, 5.9997286 ])
    >>> forward(book_network, np.array([1.0, 0.5]))  # 책의 가중치와 편향 / the book's weights and biases
    array([0.31682708, 0.69627909])

힌트 / Hints: grade hint p053

채점 / Grade: grade p053
"""
import numpy as np


def forward(network: dict, x: np.ndarray) -> np.ndarray:
    """The 3-layer pass: a = x·W + b at each layer, sigmoid on layers 1 and 2, identity on layer 3.

    network holds W1, W2, W3 and, in the book's network, the biases b1, b2, b3 (the notes' init_network has
    none: network.get('b1', 0) counts a missing bias as 0). x is one sample, or a batch with one sample per row.
    """
    raise NotImplementedError
