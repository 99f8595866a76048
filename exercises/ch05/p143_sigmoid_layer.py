"""p143 · Sigmoid 계층 (The Sigmoid layer)

[문제]
책 170페이지의 sigmoid 클래스를 생성하시오

[Problem]
Create the sigmoid class from page 170 of the book.

예시 / Example:
    >>> layer = Sigmoid()
    >>> layer.forward(np.array([0.0, 2.0]))
    array([0.5       , 0.88079708])
    >>> layer.backward(np.array([1.0, 1.0]))
    array([0.25      , 0.10499359])

힌트 / Hints: grade hint p143

채점 / Grade: grade p143
"""
import numpy as np


class Sigmoid:
    """Sigmoid (book p.170): forward(x) = 1 / (1 + exp(-x)); backward(dout) = dout * (1 - y) * y."""

    def __init__(self) -> None:
        self.out = None  # forward keeps its output y here: backward needs only y

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError
