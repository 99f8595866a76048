"""p142 · Relu 계층의 역전파 (The Relu layer's backward pass)

[문제]
Relu 클래스를 객체화 시켜 아래의 입력 데이터 x값을 받아 역전파 행렬을 출력하시오

[Problem]
Instantiate the Relu class, feed it the input x below and print the backward-pass matrix.

주어진 것 / Given:
    x = np.array([[1.0, -0.5], [-2.0, 3.0]])
    dout = relu_test.forward(x)  # 노트처럼 순전파의 출력을 dout으로 / the forward output as dout, as in the notes

예시 / Example:
    >>> x = np.array([[1.0, -0.5], [-2.0, 3.0]])
    >>> relu_backward(x, np.array([[1.0, 0.0], [0.0, 3.0]]))   # dout = 순전파의 출력 / the forward output
    array([[1., 0.],
           [0., 3.]])
    >>> relu_backward(x, np.ones((2, 2)))
    array([[1., 0.],
           [0., 1.]])

힌트 / Hints: grade hint p142

채점 / Grade: grade p142
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


def relu_backward(x: np.ndarray, dout: np.ndarray) -> np.ndarray:
    """Make a Relu object, run forward(x), then return backward(dout). The caller's dout stays as it was."""
    raise NotImplementedError
