"""p172 · 가중치 감소 (L2 정규화) (Weight decay (L2 regularisation))

[문제]
우리 3층 신경망 코드에 L2 정규화를 적용해보시오

[Problem]
Apply L2 regularisation (weight decay) to our 3-layer network code.

주어진 것 / Given:
    weight_decay_lambda = 0.001

예시 / Example:
    >>> params, history = train(Adam(), iters_num=10000, batch_size=100)
    # 채점은 연습용 MNIST(훈련 600장)로 150번만 학습합니다 / grading trains 150 steps on the practice MNIST.

눈으로 확인할 것 / Check by eye:
훈련 데이터를 300장으로 줄여 λ = 0 과 0.1 로 학습하고, train_acc 와 test_acc 의 차이(오버피팅)를 비교하세요.
Cut the training data to 300 images, train with λ = 0 and 0.1, and compare the gap between train_acc and test_acc (overfitting).

힌트 / Hints: grade hint p172

채점 / Grade: grade p172
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

    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02, weight_decay_lambda=0.001):
        """params and layers as in p163; keep weight_decay_lambda. loss adds 0.5 * λ * np.sum(W ** 2) for W1, W2 and W3
        (not the biases); gradient adds λ * W to grads['W1'], grads['W2'] and grads['W3']."""
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
