"""p141 · Relu 계층의 순전파 (The Relu layer's forward pass)

[문제]
Relu 클래스를 객체화 시켜 아래의 입력 데이터 x값을 받아 순전파 행렬을 출력하시오

[Problem]
Instantiate the Relu class, feed it the input x below and print the forward-pass matrix.

주어진 것 / Given:
    x = np.array([[1.0, -0.5], [-2.0, 3.0]])

예시 / Example:
    >>> relu_forward(np.array([[1.0, -0.5], [-2.0, 3.0]]))
    array([[1., 0.],
           [0., 3.]])

힌트 / Hints: grade hint p141

채점 / Grade: grade p141
"""
import numpy as np

# Copy your finished classes from the earlier problems in here, or delete a skeleton and write `from p140_relu_layer import Relu`
# (files of one chapter folder can import each other).


class Relu:
    """ReLU (book p.166): forward(x) = max(0, x); backward(dout) lets dout through where x > 0, 0 elsewhere."""

    def __init__(self) -> None:
        self.mask = None  # forward keeps here where x <= 0 (a bool array): backward needs it

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Return dx; leave the caller's dout as it was (work on dout.copy())."""
        raise NotImplementedError


def relu_forward(x: np.ndarray) -> np.ndarray:
    """Make a Relu object and return its forward(x)."""
    raise NotImplementedError
