"""p170 · 배치 정규화 (Batch normalization)

[문제]
배치정규화 클래스를 우리 3층 신경망에 구현하고 각 층마다 아래와 같이 배치 정규화 층을 구현하시오

[Problem]
Implement the batch-normalisation class in our 3-layer network and add a batch-norm layer after each affine layer as below.

주어진 것 / Given:
    layers: Affine1 -> BatchNorm1 -> Relu1 -> Affine2 -> BatchNorm2 -> Relu2 -> Affine3 -> SoftmaxWithLoss

예시 / Example:
    >>> params, history = train(Adam(), iters_num=10000, batch_size=100)
    # 채점은 연습용 MNIST(훈련 600장)로 150번만 학습합니다 / grading trains 150 steps on the practice MNIST.

눈으로 확인할 것 / Check by eye:
전체 MNIST로 배치 정규화가 있을 때와 없을 때의 정확도 곡선을 비교하세요: 처음 몇 에폭이 훨씬 빨리 오릅니다.
On the full MNIST, compare the accuracy curves with and without batch normalisation: the first epochs rise much faster.

힌트 / Hints: grade hint p170

채점 / Grade: grade p170
"""
from collections import OrderedDict

import numpy as np

from dataset.mnist import load_mnist


class BatchNormalization:
    """Batch normalization (book 6.3): out = gamma * (x - mean) / sqrt(var + 10e-7) + beta, per feature (column).

    forward(x, train_flg=True): the batch's mean and variance; also
        self.running_mean = momentum * self.running_mean + (1 - momentum) * mean (likewise running_var, both start at 0).
    forward(x, train_flg=False): normalise with self.running_mean and self.running_var instead.
    backward(dout): returns dx and keeps self.dgamma, self.dbeta.
    """

    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None):
        self.gamma = gamma
        self.beta = beta
        self.momentum = momentum
        self.running_mean = running_mean
        self.running_var = running_var
        self.dgamma = None
        self.dbeta = None

    def forward(self, x, train_flg=True):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


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
        """params as before plus gamma1, beta1 (hidden_1,) and gamma2, beta2 (hidden_2,): ones and zeros, in params so that
        the optimizer trains them (the notes leave them out). self.layers: Affine1, BatchNorm1, Relu1, Affine2, BatchNorm2,
        Relu2, Affine3. gradient also returns grads['gamma1'] = self.layers['BatchNorm1'].dgamma, 'beta1', ... ."""
        raise NotImplementedError

    def predict(self, x, train_flg=False):
        """x through every layer of self.layers in order (the scores before softmax).
        train_flg=False (evaluation): BatchNormalization / Dropout layers get it too (layer.forward(x, train_flg))."""
        raise NotImplementedError

    def loss(self, x, t):
        """self.lastLayer.forward(self.predict(x, train_flg=True), t)."""
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
