"""p140 · Relu 계층 (The Relu layer)

[문제]
책 166페이지의 Relu 클래스를 생성하시오

[Problem]
Create the Relu class from page 166 of the book.

예시 / Example:
    >>> relu = Relu()
    >>> relu.forward(np.array([[1.0, -0.5], [-2.0, 3.0]]))
    array([[1., 0.],
           [0., 3.]])
    >>> relu.mask
    array([[False,  True],
           [ True, False]])
    >>> relu.backward(np.array([[5.0, 5.0], [5.0, 5.0]]))
    array([[5., 0.],
           [0., 5.]])

힌트 / Hints: grade hint p140

채점 / Grade: grade p140
"""
import numpy as np


class Relu:
    """ReLU (book p.166): forward(x) = max(0, x); backward(dout) lets dout through where x > 0, 0 elsewhere."""

    def __init__(self) -> None:
        self.mask = None  # forward keeps here where x <= 0 (a bool array): backward needs it

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Return dx; leave the caller's dout as it was (work on dout.copy())."""
        raise NotImplementedError
