"""p157 · SoftmaxWithLoss 계층 써 보기 (Using the SoftmaxWithLoss layer)

[문제]
위에서 만든 SoftmaxWithLoss 클래스를 객체화 시켜서 아래의 x(입력값), t(target value)를 입력해서 순전파의 오차율을 출력하고 역전파도 출력하시오

[Problem]
Instantiate SoftmaxWithLoss, feed the x (input) and t (target) below, print the forward loss and the backward output.

주어진 것 / Given:
    t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])  # 숫자 2 (노트의 t는 원소가 9개: 10개로 고쳤습니다 / the notes' t has 9 elements: fixed to 10)
    x1 = np.array([0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.05, 0.3, 0.1, 0.5])
    x2 = np.array([0.01, 0.01, 0.9, 0.01, 0.01, 0.01, 0.05, 0.3, 0.1, 0.02])

예시 / Example:
    >>> loss, dx = softmax_with_loss(x2, t)
    >>> loss
    1.5879312559269887
    >>> dx
    array([ 0.08391661,  0.08391661, -0.79565218,  0.08391661,  0.08391661,
            0.08391661,  0.08734131,  0.11214846,  0.09181939,  0.08475998])
    >>> softmax_with_loss(x1, t)[0]      # 2의 점수가 낮은 x1은 손실이 더 큽니다 / x1 scores the 2 low: a larger loss
    2.4072798663898216

힌트 / Hints: grade hint p157

채점 / Grade: grade p157
"""
import numpy as np

# Copy your finished classes from the earlier problems in here, or delete a skeleton and write `from p156_softmax_with_loss_layer import SoftmaxWithLoss`
# (files of one chapter folder can import each other).


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


def softmax_with_loss(x: np.ndarray, t: np.ndarray) -> tuple[float, np.ndarray]:
    """(loss, dx) for one sample x of 10 scores and its one-hot t: a new SoftmaxWithLoss's forward(x, t), then backward().

    One sample is a batch of one (dx = y - t): give the layer x.reshape(1, -1), t.reshape(1, -1) and return dx.reshape(-1).
    """
    raise NotImplementedError
