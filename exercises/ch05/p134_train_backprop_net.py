"""p134 · 오차역전파법으로 TwoLayerNet 학습시키기 (Training TwoLayerNet with backpropagation)

[문제]
수치미분이 아닌 오차 역전파를 이용한 신경망 학습으로 2층 신경망 코드를 구현하시오

[Problem]
Implement the 2-layer network code trained with backpropagation instead of numerical differentiation.

주어진 것 / Given:
    iters_num = 10000; batch_size = 100; learning_rate = 0.1; TwoLayerNet(784, 50, 10)

예시 / Example:
    >>> params, history = train(10000, 100, 0.1, 50)
    train acc, test acc | 0.1169..., 0.1131
    train acc, test acc | 0.8996..., 0.9028
    ...
    train acc, test acc | 0.9795..., 0.9679      (노트, 전체 MNIST / the notes, the full MNIST)
    # 채점은 연습용 MNIST (훈련 600장, 시험 200장)로 300번만 학습합니다: 숫자는 노트와 다릅니다.
    # Grading trains 300 times on the practice MNIST (600 training, 200 test images): the numbers differ from the notes'.

눈으로 확인할 것 / Check by eye:
train_acc와 test_acc를 에폭마다 그래프로 그려 (노트처럼 plt.plot, ylim 0~1) 함께 오르는지, 둘의 차이가 작은지 보세요.
Plot train_acc and test_acc per epoch (plt.plot, ylim 0 to 1, as in the notes): both rise, and stay close.

힌트 / Hints: grade hint p134

채점 / Grade: grade p134
"""
from collections import OrderedDict

import numpy as np

from dataset.mnist import load_mnist


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



def train(iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1,
          hidden_size: int = 50) -> tuple[dict, dict]:
    """Load MNIST (normalize=True, one_hot_label=True) and train TwoLayerNet(784, hidden_size, 10) by mini-batch
    gradient descent with network.gradient (backprop).

    Every iteration: a random batch (np.random.choice), grad = network.gradient(x_batch, t_batch),
    network.params[key] -= learning_rate * grad[key] (in place: the layers hold these arrays), and the batch's
    loss appended to history["train_loss"]. Once per epoch (i % iter_per_epoch == 0, iter_per_epoch =
    max(train_size / batch_size, 1)): network.accuracy on the training and test data appended to
    history["train_acc"] and history["test_acc"] (print them too, if you like). Return (network.params, history).
    """
    raise NotImplementedError
