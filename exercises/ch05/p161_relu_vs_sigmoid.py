"""p161 · ReLU와 시그모이드 비교 (ReLU against sigmoid)

[문제]
위의 3층 신경망의 정확도가 활성화 함수가 Relu 일 때와 활성화 함수가 Sigmoid 일 때의 차이를 테스트 하시오

[Problem]
Test the difference in accuracy of the 3-layer network above between ReLU and sigmoid activations.

예시 / Example:
    >>> relu = train('relu'); sigmoid = train('sigmoid')
    # 채점은 연습용 MNIST(훈련 600장)로 300번만 학습합니다 / grading trains 300 steps on the practice MNIST (600 training images).

눈으로 확인할 것 / Check by eye:
전체 MNIST로 두 활성화 함수의 test_acc 를 한 그래프에 그려 비교하세요 (노트: 시그모이드 약 0.93, ReLU 약 0.97).
On the full MNIST, plot both activations' test_acc in one figure (the notes: sigmoid about 0.93, ReLU about 0.97).

힌트 / Hints: grade hint p161

채점 / Grade: grade p161
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


class Sigmoid:
    """forward: 1 / (1 + exp(-x)), remembering the output; backward: dout * (1 - out) * out."""

    def __init__(self):
        self.out = None

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

    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02, activation='relu'):
        """As in p159, with Relu() or Sigmoid() (activation 'relu' or 'sigmoid') after Affine1 and Affine2."""
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


def train(activation="relu", iters_num=10000, batch_size=100, learning_rate=0.1):
    """p159's training with TwoLayersNet(784, 50, 100, 10, activation=activation). Return (network.params, history)."""
    raise NotImplementedError
