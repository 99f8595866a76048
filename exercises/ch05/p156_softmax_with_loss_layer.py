"""p156 · SoftmaxWithLoss 계층 (The SoftmaxWithLoss layer)

[문제]
책 179페이지에 나오는 class SoftmaxWithLoss 함수를 구현하시오

[Problem]
Implement the class SoftmaxWithLoss from page 179 of the book.

예시 / Example:
    >>> layer = SoftmaxWithLoss()
    >>> layer.forward(np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.2]]), np.array([[1, 0, 0], [0, 1, 0]]))
    0.3142908349177104
    >>> layer.backward(1)
    array([[-0.17049943,  0.12121649,  0.04928295],
           [ 0.05476527, -0.09533637,  0.04057111]])
    (노트의 softmax는 분모(exp의 합으로 나누기)가 빠졌습니다: 행마다 합이 1이 되도록 나누세요.
     The notes' softmax leaves out the denominator (the division by the sum of exps): divide so that every row sums to 1.)

힌트 / Hints: grade hint p156

채점 / Grade: grade p156
"""
import numpy as np


def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch: subtract each row's max (no overflow), divide by each row's sum (axis=-1, keepdims=True)."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7), divided by the batch size y.shape[0]; t is one-hot, y a batch (one row per sample)."""
    raise NotImplementedError


class SoftmaxWithLoss:
    """Softmax, then the cross-entropy error (book p.179), for a batch x (N, classes) and one-hot t (N, classes)."""

    def __init__(self) -> None:
        self.loss = None  # the loss
        self.y = None  # softmax's output
        self.t = None  # the one-hot targets

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
        raise NotImplementedError

    def backward(self, dout: float = 1) -> np.ndarray:
        """dx = (y - t) / batch size: the loss is the batch's mean, so each sample's share is divided by N."""
        raise NotImplementedError
