"""p131 · TwoLayerNet의 정확도 (TwoLayerNet's accuracy)

[문제]
TwoLayerNet 클래스로 객체를 생성하고 accuracy(x, t) 메소드를 실행해서 100장 훈련데이터와 100장의 target 데이터를 입력했을 때의 정확도를 출력하시오

[Problem]
Create a TwoLayerNet object and print the accuracy from accuracy(x, t) for 100 training images and their 100 targets.

주어진 것 / Given:
    x = x_train[:100]
    t = t_train[:100]

예시 / Example:
    >>> first_batch_scores()     # 무작위 / random
    (2.30..., 0.11)   # (오차 / error ≈ ln 10, 정확도 / accuracy ≈ 0.1)
    (노트의 오차 6.905...는 배치를 고려하지 않은 softmax 때문입니다 / the notes' 6.905... comes from a softmax that ignores the batch axis)

눈으로 확인할 것 / Check by eye:
학습 전이므로 정확도가 0.1 근처(10개 중 하나를 찍는 수준)인지 보세요.
Untrained, the accuracy is near 0.1 (guessing one of 10 classes).

힌트 / Hints: grade hint p131

채점 / Grade: grade p131
"""
import numpy as np

from dataset.mnist import load_mnist


def sigmoid(x: np.ndarray) -> np.ndarray:
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch: subtract each row's max, and divide by each row's sum (axis=-1, keepdims=True)."""
    raise NotImplementedError


def crossEntropyError(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7) over the batch, divided by the batch size (y.shape[0]); t is one-hot."""
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



def first_batch_scores() -> tuple[float, float]:
    """(network.loss(x, t), network.accuracy(x, t)) for x = x_train[:100], t = t_train[:100] (one-hot) and a new
    TwoLayerNet(784, 50, 10)."""
    raise NotImplementedError
