"""p162 · 은닉층 노드 수 늘리기 (Wider hidden layers)

[문제]
다시 Relu로 변환하고 노드 수를 늘리면 정확도가 올라가는지 확인하시오

[Problem]
Switch back to ReLU, increase the number of nodes and check whether accuracy goes up.

주어진 것 / Given:
    before: 784 -> 50 -> 100 -> 10
    after: 784 -> 100 -> 100 -> 10

예시 / Example:
    >>> params, history = train(100, 100)
    # 채점은 연습용 MNIST(훈련 600장)로 300번만 학습합니다 / grading trains 300 steps on the practice MNIST (600 training images).

눈으로 확인할 것 / Check by eye:
전체 MNIST로 50-100 과 100-100 의 test_acc 를 비교하세요 (노트: 0.9695 → 0.9747). 차이가 작다면 왜일지 생각해 보세요.
On the full MNIST, compare the test_acc of 50-100 and 100-100 (the notes: 0.9695 → 0.9747). If the gap is small, think about why.

힌트 / Hints: grade hint p162

채점 / Grade: grade p162
"""
from collections import OrderedDict

import numpy as np

from dataset.mnist import load_mnist


class Relu:
    """forward: max(0, x), remembering where x <= 0 (self.mask); backward: dout with those places set to 0."""

    def __init__(self):
        self.mask = None

    def forward(self, x):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


class Affine:
    """forward: x·W + b (W, b are the network's own arrays); backward: sets self.dW, self.db and returns dout·Wᵀ."""

    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


class SoftmaxWithLoss:
    """forward(x, t): softmax of each row, then the mean cross entropy with the one-hot t;
    backward(dout=1): (y - t) / batch_size."""

    def __init__(self):
        self.loss = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        raise NotImplementedError

    def backward(self, dout=1):
        raise NotImplementedError


class TwoLayersNet:
    """The notes' 3-layer network (named TwoLayersNet in the notes): Affine1 → … → Affine3, then SoftmaxWithLoss."""

    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02):
        """params W1 (input, hidden_1), b1, W2 (hidden_1, hidden_2), b2, W3 (hidden_2, output), b3:
        weight_init_std * np.random.randn(...) and zeros. self.layers (an OrderedDict): Affine1, Relu1, Affine2,
        Relu2, Affine3, built on those very arrays; self.lastLayer = SoftmaxWithLoss()."""
        raise NotImplementedError

    def predict(self, x):
        """x through every layer of self.layers in order (the scores before softmax)."""
        raise NotImplementedError

    def loss(self, x, t):
        """self.lastLayer.forward(self.predict(x), t)."""
        raise NotImplementedError

    def accuracy(self, x, t):
        """The share of rows whose largest score is the target class (t one-hot: compare argmax with argmax)."""
        raise NotImplementedError

    def gradient(self, x, t):
        """Backprop: self.loss(x, t), then lastLayer.backward(1) and every layer's backward in reverse order.
        Returns {'W1': self.layers['Affine1'].dW, 'b1': self.layers['Affine1'].db, ...} with the same keys as params."""
        raise NotImplementedError


def train(hidden_size_1=100, hidden_size_2=100, iters_num=10000, batch_size=100, learning_rate=0.1):
    """p159's training with TwoLayersNet(784, hidden_size_1, hidden_size_2, 10). Return (network.params, history)."""
    raise NotImplementedError
