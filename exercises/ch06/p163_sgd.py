"""p163 · SGD 클래스로 3층 신경망 학습 (An SGD class for the 3-layer network)

[문제]
SGD 클래스를 만들고 SGD 클래스를 이용해서 3층 신경망의 코드를 변경하시오

[Problem]
Make an SGD class and change the 3-layer network code to use it.

주어진 것 / Given:
    TwoLayersNet(784, 50, 50, 10); SGD(lr=0.01)

예시 / Example:
    >>> params, history = train(SGD(), iters_num=10000, batch_size=100)
    # 노트의 답은 for key in (...) 안에서 기울기 계산과 갱신을 6번 되풀이합니다: 반복마다 한 번이 알고리즘입니다.
    # The notes' answer repeats the gradient and the update 6 times inside for key in (...): once per
    # iteration is the algorithm. 채점은 연습용 MNIST(훈련 600장)로 300번만 학습합니다 / grading trains 300 steps on the practice MNIST.

눈으로 확인할 것 / Check by eye:
전체 MNIST로 학습한 history['train_acc'], history['test_acc']를 에폭별로 그려 보고, 앞 문제의 옵티마이저와 학습 속도를 비교하세요.
Train on the full MNIST, plot history['train_acc'] and history['test_acc'] per epoch, and compare how fast it learns with the previous problem's optimizer.

힌트 / Hints: grade hint p163

채점 / Grade: grade p163
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


class SGD:
    """W ← W − lr · ∂L/∂W for every key of params."""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        """Change params in place (params[key] -= ...): the Affine layers share these arrays."""
        raise NotImplementedError


def watch_updates(optimizer, params: dict, grads_list: list) -> list:
    """Given (leave as is): how the grader watches your optimizer. It calls optimizer.update(params, grads) for each
    grads in turn, on one optimizer object, and records the arrays params held at the start after each call:
    update must change them in place (params[key] -= ...), as the network's Affine layers share those arrays."""
    arrays = dict(params)
    seen = []
    for grads in grads_list:
        optimizer.update(params, grads)
        seen.append({key: np.array(value, dtype=float) for key, value in arrays.items()})
    return seen


def train(optimizer, iters_num=10000, batch_size=100):
    """Train TwoLayersNet(784, 50, 50, 10) on MNIST (load_mnist(normalize=True, one_hot_label=True)) with the optimizer given.

    Every iteration: a random batch (np.random.choice), grads = network.gradient(x_batch, t_batch),
    optimizer.update(network.params, grads), and the batch's loss appended to history["train_loss"].
    Once per epoch (i % iter_per_epoch == 0, iter_per_epoch = max(train_size / batch_size, 1)): network.accuracy
    on the training and test data appended to history["train_acc"] and history["test_acc"].
    Return (network.params, history).
    """
    raise NotImplementedError
