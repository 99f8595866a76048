"""p158 · 오차역전파법으로 기울기를 구하는 TwoLayerNet (TwoLayerNet with a backprop gradient)

[문제]
책 181~183페이지에 나오는 클래스 생성하시오 (점심시간 문제)

[Problem]
Create the classes from pages 181-183 of the book (lunch-time problem).

주어진 것 / Given:
    twolayernet1 = TwoLayerNet(input_size=2, hidden_size=50, output_size=2, weight_init_std=0.02)
    x = np.array([[1, 2]])
    t = np.array([[0, 1]])

예시 / Example:
    >>> twolayernet1.predict(x)          # 무작위 / random: 점수 두 개 / two scores
    array([[-0.0021..,  0.0009..]])
    >>> grads = twolayernet1.gradient(x, t)
    >>> grads['W1'].shape, grads['b1'].shape, grads['W2'].shape, grads['b2'].shape
    ((2, 50), (50,), (50, 2), (2,))
    (gradient와 numerical_gradient는 같은 값을 냅니다 / gradient and numerical_gradient agree.
     노트의 softmax는 분모가, Affine.backward는 self.x가 빠졌습니다 / the notes' softmax lacks the denominator and
     their Affine.backward the self.x: both are fixed here.)

힌트 / Hints: grade hint p158

채점 / Grade: grade p158
"""
from collections import OrderedDict

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


class Relu:
    """ReLU (book p.166): forward(x) = max(0, x); backward(dout) lets dout through where x > 0, 0 elsewhere."""

    def __init__(self) -> None:
        self.mask = None  # forward keeps here where x <= 0 (a bool array): backward needs it

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Return dx (the book's dout[self.mask] = 0 in place is fine here: the network never reuses dout)."""
        raise NotImplementedError


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


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x for an array of any shape (2-D weights too); each element is put back after use."""
    raise NotImplementedError


class TwoLayerNet:
    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01):
        """self.params: 'W1' (input, hidden), 'b1' (hidden,), 'W2' (hidden, output), 'b2' (output,)
        (weights weight_init_std * np.random.randn(...), biases zeros).

        self.layers = OrderedDict(): 'Affine1' (W1, b1), 'Relu1', 'Affine2' (W2, b2), built on the very arrays of
        self.params; self.lastLayer = SoftmaxWithLoss().
        """
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> np.ndarray:
        """x through every layer of self.layers in order: the scores (softmax is left to lastLayer)."""
        raise NotImplementedError

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """self.lastLayer.forward(self.predict(x), t)."""
        raise NotImplementedError

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """The share of rows whose largest score is the target's class (t one-hot: np.argmax(t, axis=1))."""
        raise NotImplementedError

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """{'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...} by numerical_gradient(lambda W: self.loss(x, t), self.params[key])."""
        raise NotImplementedError

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """Backprop: self.loss(x, t), then lastLayer.backward(1) and every layer's backward in reverse order;
        return {'W1': Affine1.dW, 'b1': Affine1.db, 'W2': Affine2.dW, 'b2': Affine2.db}."""
        raise NotImplementedError
