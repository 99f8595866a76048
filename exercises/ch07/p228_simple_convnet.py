"""p228 · 간단한 CNN (SimpleConvNet) 구현과 학습 (The simple CNN (SimpleConvNet), built and trained)

[문제]
위의 간단한 CNN 구현 코드를 구현하시오 (conv - relu - pool - affine - relu - affine - softmax. train() 은 network.params 의 모든 매개변수를 갱신합니다: 노트의 반복문은 W3, b3 을 빠뜨렸습니다.)

[Problem]
Implement the simple CNN code above (conv - relu - pool - affine - relu - affine - softmax. train() updates every parameter in network.params: the notes' loop leaves out W3 and b3.)

주어진 것 / Given:
    SimpleConvNet(input_dim=(1, 28, 28), conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0, 'stride': 1}, hidden_size=100, output_size=10, weight_init_std=0.01)
    iters_num = 10000; batch_size = 100; learning_rate = 0.1

예시 / Example:
    >>> params, history = train(30, 100, 10000, 100, 0.1)   # CPU 로 오래 걸립니다 / slow on a CPU
    # 채점은 필터 4개, 은닉 20, 60번 반복 (weight_init_std=0.2) 으로 짧게 학습합니다.
    # The grader trains briefly: 4 filters, 20 hidden units, 60 steps (weight_init_std=0.2).
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

눈으로 확인할 것 / Check by eye:
history['train_acc'] 와 history['test_acc'] 를 에폭마다 그래프로 그려 (plt.ylim(0, 1.0)) 정확도가 함께 오르는지, save_params 로 저장한 매개변수를 load_params 로 다시 읽어 같은 정확도가 나오는지 보세요.
Plot history['train_acc'] and history['test_acc'] per epoch (plt.ylim(0, 1.0)) and see them rise together; save the parameters with save_params, read them back with load_params and get the same accuracy.

힌트 / Hints: grade hint p228

채점 / Grade: grade p228
"""
import pickle
from collections import OrderedDict

import numpy as np

from dataset.mnist import load_mnist

# Copy your finished pieces from the earlier problems in here, or delete a skeleton and import it
# (files of one chapter folder can import each other: `from p210_im2col import im2col`).


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) images -> a 2-D array (N * OH * OW, C * FH * FW): one row per filter-sized window (book: common/util.py).

    OH = (H + 2*pad - filter_h) // stride + 1 (OW likewise). Pad with np.pad, fill col (N, C, FH, FW, OH, OW),
    then col.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, -1): rows are windows, columns channel, row, column.
    """
    raise NotImplementedError


def col2im(col: np.ndarray, input_shape: tuple, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """The way back of im2col (book: common/util.py): (N * OH * OW, C * FH * FW) -> (N, C, H, W).

    Undo the reshape and transpose, then add (+=) every window back where it came from: a pixel that lies in
    several windows receives the sum of all of them. Cut the padding off at the end.
    """
    raise NotImplementedError


class Relu:
    """forward: max(0, x), remembering where x <= 0; backward: dout with those positions set to 0 (on a copy)."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class Affine:
    """forward: x·W + b, flattening a 4-D x to (N, -1) first; backward: sets self.dW, self.db, returns dx in x's shape."""

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W = W
        self.b = b
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class SoftmaxWithLoss:
    """forward(x, t): softmax, then the mean cross entropy -Σ log(y + 1e-7) of the right classes / N.

    t holds labels (0-9, as load_mnist gives them) or one-hot rows. backward(dout=1): (y - t) / N.
    """

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
        raise NotImplementedError

    def backward(self, dout: float = 1) -> np.ndarray:
        raise NotImplementedError


class Convolution:
    """The convolution layer (book 7.4.3, common/layers.py): W (FN, C, FH, FW), b (FN,).

    forward(x): x (N, C, H, W) -> (N, FN, OH, OW). im2col(x) @ W.reshape(FN, -1).T + b, then reshape to
    (N, OH, OW, FN) and transpose(0, 3, 1, 2). Keep x, col and col_W: backward needs them.
    backward(dout): sets self.dW (like W) and self.db (like b) and returns dx (like x), through col2im.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray, stride: int = 1, pad: int = 0) -> None:
        self.W = W
        self.b = b
        self.stride = stride
        self.pad = pad
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class Pooling:
    """Max pooling (book 7.4.4, common/layers.py): the largest value of every pool_h x pool_w window, per channel.

    forward(x): im2col, reshape(-1, pool_h * pool_w) so every row is one channel's window, np.max(axis=1),
    reshape(N, OH, OW, C).transpose(0, 3, 1, 2). Keep x and np.argmax(col, axis=1) for backward.
    backward(dout): each window's gradient goes to the position of its maximum only; col2im puts it back.
    """

    def __init__(self, pool_h: int, pool_w: int, stride: int = 1, pad: int = 0) -> None:
        self.pool_h = pool_h
        self.pool_w = pool_w
        self.stride = stride
        self.pad = pad

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class SimpleConvNet:
    def __init__(self, input_dim=(1, 28, 28), conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0, 'stride': 1},
                 hidden_size=100, output_size=10, weight_init_std=0.01) -> None:
        """self.params: W1 (filter_num, C, filter_size, filter_size), b1; W2 (pool_output_size, hidden_size), b2;
        W3 (hidden_size, output_size), b3. Weights weight_init_std * np.random.randn(...), biases zeros.

        conv_output_size = (input_dim[1] - filter_size + 2*pad) / stride + 1, pooled 2x2 with stride 2:
        pool_output_size = filter_num * (conv_output_size // 2) ** 2.
        self.layers (an OrderedDict): Conv1, Relu1, Pool1 (2, 2, stride 2), Affine1, Relu2, Affine2;
        self.last_layer = SoftmaxWithLoss().
        """
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Every layer's forward in order: the scores before softmax."""
        raise NotImplementedError

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """self.last_layer.forward(self.predict(x), t)."""
        raise NotImplementedError

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = 100) -> float:
        """The share of images whose highest score is the label (t: labels, or one-hot rows -> np.argmax(t, axis=1))."""
        raise NotImplementedError

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """Backpropagation: self.loss(x, t), then last_layer.backward(1) and every layer's backward in reverse order.

        Returns {'W1': ..., 'b1': ..., ...}: the dW and db the Convolution and Affine layers kept.
        """
        raise NotImplementedError

    def save_params(self, file_name: str = "params.pkl") -> None:
        raise NotImplementedError

    def load_params(self, file_name: str = "params.pkl") -> None:
        raise NotImplementedError


def train(filter_num: int = 30, hidden_size: int = 100, iters_num: int = 10000, batch_size: int = 100,
          learning_rate: float = 0.1, weight_init_std: float = 0.01) -> tuple[dict, dict]:
    """Load MNIST with load_mnist(flatten=False), build SimpleConvNet(input_dim=(1, 28, 28), conv_param={'filter_num':
    filter_num, 'filter_size': 5, 'pad': 0, 'stride': 1}, hidden_size=hidden_size, output_size=10,
    weight_init_std=weight_init_std) and train it: every iteration a random batch (np.random.choice),
    grad = network.gradient(...), params[key] -= learning_rate * grad[key] for EVERY key of network.params, and the
    batch's loss appended to history['train_loss']. Once per epoch (i % iter_per_epoch == 0): network.accuracy on the
    training and test data into history['train_acc'] and history['test_acc']. Return (network.params, history).
    """
    raise NotImplementedError
