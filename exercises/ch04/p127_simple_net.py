"""p127 · simpleNet 클래스 (The simpleNet class)

[문제]
위의 3가지 함수를 다 사용한 simplenet 이라는 클래스를 책 134 페이지를 보고 생성하고 135페이지를 보며 클래스가 잘 생성되었는지 확인하시오

[Problem]
Following book p.134, create a class simplenet that uses the three functions above, and check on p.135 that it works.

주어진 것 / Given:
    x = np.array([0.6, 0.9])
    t = np.array([0, 0, 1])

예시 / Example:
    >>> net = simpleNet()
    >>> net.W          # 무작위 / random
    [[0.35196232 0.24128007 0.72909494]
     [0.46175271 0.11353967 0.33078632]]
    >>> p = net.predict(x)
    [0.62675483 0.24695374 0.73516465]
    >>> np.argmax(p)
    2
    >>> net.loss(x, t)
    0.9206741471247873

힌트 / Hints: grade hint p127

채점 / Grade: grade p127
"""
import numpy as np


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max))."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7)."""
    raise NotImplementedError


class simpleNet:
    def __init__(self):
        """self.W: random 2 x 3 weights (the book: np.random.randn(2, 3))."""
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> np.ndarray:
        """np.dot(x, self.W)."""
        raise NotImplementedError

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """The cross entropy error of softmax(self.predict(x)) against the one-hot target t."""
        raise NotImplementedError
