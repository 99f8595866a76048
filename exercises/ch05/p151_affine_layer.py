"""p151 · Affine 계층 (The Affine layer)

[문제]
책 175 페이지 아래에 나오는 Affine 클래스를 구현하시오

[Problem]
Implement the Affine class shown at the bottom of page 175 of the book.

주어진 것 / Given:
    x = np.array([[1, 2], [3, 4]])
    W = np.array([[1, 3, 5], [2, 4, 6]])
    b = np.array([[1, 1, 1]])
    dY = np.array([[1, 1, 1], [2, 2, 2]])

예시 / Example:
    >>> affine1 = Affine(W, b)
    >>> affine1.forward(x)
    array([[ 6, 12, 18],
           [12, 26, 40]])
    >>> affine1.backward(dY)
    array([[ 9, 12],
           [18, 24]])
    >>> affine1.dW
    array([[ 7,  7,  7],
           [10, 10, 10]])
    >>> affine1.db
    array([3, 3, 3])
    (노트의 backward는 self.x 대신 전역 변수 X를 씁니다: 버그입니다 / the notes' backward reads the global X instead of self.x: a bug)

힌트 / Hints: grade hint p151

채점 / Grade: grade p151
"""
import numpy as np


class Affine:
    """The affine layer (book p.175): forward(x) = x·W + b for a batch x (one sample per row).

    backward(dout) returns dx and keeps the parameters' gradients in self.dW and self.db.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W = W
        self.b = b
        self.x = None  # forward keeps its input here: dW needs it
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError
