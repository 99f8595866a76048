"""p153 · Affine 계층 두 개로 순전파 (The forward pass through two Affine layers)

[문제]
Affine 클래스를 이용해서 2층 신경망의 순전파를 구현하시오

[Problem]
Implement the forward pass of the 2-layer network using the Affine class.

주어진 것 / Given:
    x, W1, b1, W2, b2: 문제 152의 배열 / the arrays of problem 152

예시 / Example:
    >>> two_layer_forward(x, W1, b1, W2, b2)
    array([[ 93, 211]])
    (노트는 출력을 보여주지 않습니다 / the notes show no output)

힌트 / Hints: grade hint p153

채점 / Grade: grade p153
"""
import numpy as np

# Copy your finished classes from the earlier problems in here, or delete a skeleton and write `from p151_affine_layer import Affine`
# (files of one chapter folder can import each other).


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


def two_layer_forward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """layer_1 = Affine(W1, b1), layer_2 = Affine(W2, b2); return out2 = layer_2.forward(layer_1.forward(x))."""
    raise NotImplementedError
