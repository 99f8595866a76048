"""p133 · TwoLayerNet 학습시키기 (Training TwoLayerNet)

[문제]
TwoLayerNet 클래스를 가지고 학습 시키는 코드를 완성시키시오

[Problem]
Complete the code that trains the TwoLayerNet class.

주어진 것 / Given:
    iters_num = 10000; batch_size = 100; learning_rate = 0.1; TwoLayerNet(784, 50, 10)

예시 / Example:
    >>> params, history = train(x_train, t_train, x_test, t_test, 50, 10000, 100, 0.1)
    # 주의: 수치 미분으로 784-50-10 신경망을 10000번 학습하면 CPU로 며칠이 걸립니다 (매개변수 약 4만 개 × 2번의 순전파 × 10000회).
    # 채점은 작은 데이터(입력 4, 은닉 5, 클래스 3)로 200번만 학습합니다. 빠른 기울기는 5장의 오차역전파법에서 배웁니다.
    # Note: training the 784-50-10 network 10,000 times with numerical gradients takes days on a CPU (about 40,000
    # parameters × 2 forward passes × 10,000 steps). The grader trains a small one (4 inputs, 5 hidden, 3 classes)
    # 200 times. The fast gradient is backpropagation, chapter 5.

눈으로 확인할 것 / Check by eye:
history['train_loss']를 그래프로 그려 손실이 줄어드는지, train_acc와 test_acc가 함께 오르는지 보세요.
Plot history['train_loss'] and see the loss fall, and train_acc and test_acc rise together.

힌트 / Hints: grade hint p133

채점 / Grade: grade p133
"""
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch: subtract each row's max, and divide by each row's sum (axis=-1, keepdims=True)."""
    raise NotImplementedError


def crossEntropyError(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7) over the batch, divided by the batch size (y.shape[0]); t is one-hot."""
    raise NotImplementedError


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x for an array of any shape (2-D weights too); each element is put back after use."""
    raise NotImplementedError


class TwoLayerNet:
    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01):
        """self.params: 'W1' (input, hidden), 'b1' (hidden,), 'W2' (hidden, output), 'b2' (output,).

        Weights: weight_init_std * np.random.randn(...); biases: zeros.
        """
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> np.ndarray:
        """sigmoid(x·W1 + b1), then softmax(·W2 + b2): one row of class probabilities per sample."""
        raise NotImplementedError

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """crossEntropyError(self.predict(x), t)."""
        raise NotImplementedError

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """The share of rows whose most probable class is the target's (t is one-hot: compare argmax with argmax)."""
        raise NotImplementedError

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """{'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...}: the numerical gradient of self.loss(x, t) for each parameter.

        loss_W = lambda W: self.loss(x, t) ignores W: numerical_gradient changes self.params[key] in place.
        """
        raise NotImplementedError



def train(x_train: np.ndarray, t_train: np.ndarray, x_test: np.ndarray, t_test: np.ndarray,
          hidden_size: int = 50, iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1) -> tuple[dict, dict]:
    """Train TwoLayerNet(x_train.shape[1], hidden_size, t_train.shape[1]) by mini-batch gradient descent.

    Every iteration: a random batch (np.random.choice), network.numerical_gradient, params[key] -= learning_rate * grad[key],
    and the batch's loss appended to history["train_loss"]. Once per epoch (i % iter_per_epoch == 0, with
    iter_per_epoch = max(train_size / batch_size, 1)): append network.accuracy on the training and test data to
    history["train_acc"] and history["test_acc"]. Return (network.params, history).
    """
    raise NotImplementedError
