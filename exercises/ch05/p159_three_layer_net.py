"""p159 · 3층 신경망 클래스 (오차역전파법) (A 3-layer network class (backprop))

[문제]
3층 신경망 클래스를 구현하시오

[Problem]
Implement a 3-layer neural network class.

주어진 것 / Given:
    TwoLayersNet(input_size=784, hidden_size_1=50, hidden_size_2=100, output_size=10); iters_num = 10000; batch_size = 100; learning_rate = 0.1

예시 / Example:
    >>> params, history = train(iters_num=10000, batch_size=100, learning_rate=0.1)
    # 채점은 연습용 MNIST(훈련 600장)로 300번만 학습합니다 / grading trains 300 steps on the practice MNIST (600 training images).

눈으로 확인할 것 / Check by eye:
전체 MNIST로 10000번 학습하고 train_acc 와 test_acc 를 에폭별로 그리세요 (노트: 약 0.97).
Train 10,000 steps on the full MNIST and plot train_acc and test_acc per epoch (the notes: about 0.97).

힌트 / Hints: grade hint p159

채점 / Grade: grade p159
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


def train(iters_num=10000, batch_size=100, learning_rate=0.1):
    """Train TwoLayersNet(784, 50, 100, 10) on MNIST (load_mnist(normalize=True, one_hot_label=True)) with mini-batch SGD and backprop.

    Every iteration: a random batch (np.random.choice), grads = network.gradient(x_batch, t_batch),
    params[key] -= learning_rate * grads[key] for every key, and the batch's loss appended to history["train_loss"].
    Once per epoch (i % iter_per_epoch == 0, iter_per_epoch = max(train_size / batch_size, 1)): network.accuracy
    on the training and test data appended to history["train_acc"] and history["test_acc"].
    Return (network.params, history).
    """
    raise NotImplementedError
