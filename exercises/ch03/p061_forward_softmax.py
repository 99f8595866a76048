"""p061 · 출력층을 소프트맥스로 (A softmax output layer)

[문제]
문제 53번 코드에 항등 함수를 소프트맥스 함수로 바꾸시오

[Problem]
Replace the identity function in the code of problem 53 with the softmax function.

주어진 것 / Given:
    network = init_network()  # 문제 52 / problem 52
    x = np.array([1, 2])

예시 / Example:
    >>> forward(init_network(), np.array([1, 2]))
    array([0.11921653, 0.88078347])
    >>> forward(book_network, np.array([1.0, 0.5]))  # 책의 가중치와 편향 / the book's weights and biases
    array([0.40625907, 0.59374093])

힌트 / Hints: grade hint p061

채점 / Grade: grade p061
"""
import numpy as np


def forward(network: dict, x: np.ndarray) -> np.ndarray:
    """Problem 53's 3-layer pass with softmax instead of identity on layer 3.

    Biases are added when the network has them (network.get('b1', 0)). For a batch x (one sample per row),
    every row of the result is one sample's probabilities and sums to 1.
    """
    raise NotImplementedError
