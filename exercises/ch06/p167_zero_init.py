"""p167 · 가중치 초깃값을 0으로 (All-zero initial weights)

[문제]
지금까지 구현한 3층 신경망의 가중치 초깃값을 0으로 설정하고 신경망을 학습시켜 보시오

[Problem]
Set the initial weights of the 3-layer network built so far to 0 and train it.

주어진 것 / Given:
    weight_init_std = 0

예시 / Example:
    >>> params, history = train(Adam(), iters_num=10000, batch_size=100)
    # 채점은 연습용 MNIST(훈련 600장)로 150번만 학습합니다 / grading trains 150 steps on the practice MNIST.

눈으로 확인할 것 / Check by eye:
전체 MNIST로 weight_init_std=0 과 0.02 를 학습해 정확도 곡선을 비교하세요: 0에서는 약 0.11 에 머뭅니다.
Train on the full MNIST with weight_init_std=0 and 0.02 and compare the accuracy curves: from 0 it stays near 0.11.

힌트 / Hints: grade hint p167

채점 / Grade: grade p167
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


class Adam:
    """Adam (book 6.1.6): self.iter += 1 each update; lr_t = lr * sqrt(1 - beta2**iter) / (1 - beta1**iter);
    m += (1 - beta1) * (grad - m); v += (1 - beta2) * (grad**2 - v); W -= lr_t * m / (sqrt(v) + 1e-7).
    m and v start as zeros on the first update only."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        raise NotImplementedError


def train(optimizer, iters_num=10000, batch_size=100, weight_init_std=0):
    """Train TwoLayersNet(784, 50, 50, 10) on MNIST (load_mnist(normalize=True, one_hot_label=True)) with the optimizer given.

    Every iteration: a random batch (np.random.choice), grads = network.gradient(x_batch, t_batch),
    optimizer.update(network.params, grads), and the batch's loss appended to history["train_loss"].
    Once per epoch (i % iter_per_epoch == 0, iter_per_epoch = max(train_size / batch_size, 1)): network.accuracy
    on the training and test data appended to history["train_acc"] and history["test_acc"].
    Return (network.params, history).
    """
    raise NotImplementedError
