"""p168 · 사비에르 초깃값 (Xavier initialisation)

[문제]
가중치의 초깃값을 사비에르로 설정하고 학습이 잘되는지 확인하시오

[Problem]
Set the initial weights to Xavier and check whether learning goes well.

주어진 것 / Given:
    W1 std = 1/np.sqrt(784), W2 std = 1/np.sqrt(50), W3 std = 1/np.sqrt(100)

예시 / Example:
    >>> params, history = train(Adam(), iters_num=10000, batch_size=100)
    # 채점은 연습용 MNIST(훈련 600장)로 150번만 학습합니다 / grading trains 150 steps on the practice MNIST.

눈으로 확인할 것 / Check by eye:
전체 MNIST로 학습해 정확도 곡선을 그리고, 0.02로 시작했을 때와 첫 에폭의 정확도를 비교하세요 (노트: 0.23 → 0.96).
Train on the full MNIST, plot the accuracy curves and compare the first epochs with the 0.02 start (the notes: 0.23 → 0.96).

힌트 / Hints: grade hint p168

채점 / Grade: grade p168
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

    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size):
        """Xavier: each W is np.random.randn(n, m) / np.sqrt(n), n the number of nodes in the layer before
        (W1: 1/sqrt(input_size), W2: 1/sqrt(hidden_size_1), W3: 1/sqrt(hidden_size_2)); biases zeros; layers as before."""
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


def train(optimizer, iters_num=10000, batch_size=100):
    """Train TwoLayersNet(784, 50, 50, 10) on MNIST (load_mnist(normalize=True, one_hot_label=True)) with the optimizer given.

    Every iteration: a random batch (np.random.choice), grads = network.gradient(x_batch, t_batch),
    optimizer.update(network.params, grads), and the batch's loss appended to history["train_loss"].
    Once per epoch (i % iter_per_epoch == 0, iter_per_epoch = max(train_size / batch_size, 1)): network.accuracy
    on the training and test data appended to history["train_acc"] and history["test_acc"].
    Return (network.params, history).
    """
    raise NotImplementedError
