"""p129 · TwoLayerNet.predict 결과의 형상 (The shape of TwoLayerNet.predict's result)

[문제]
TwoLayerNet 클래스의 객체를 생성하고 predict 메소드를 실행하여 나온 결과의 행렬의 shape를 출력하시오

[Problem]
Create a TwoLayerNet object, run the predict method and print the shape of the result.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)
    network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    network.predict(x_train[:100])

예시 / Example:
    >>> prediction_shape()
    (100, 10)

힌트 / Hints: grade hint p129

채점 / Grade: grade p129
"""
import numpy as np

from dataset.mnist import load_mnist


def sigmoid(x: np.ndarray) -> np.ndarray:
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch: subtract each row's max, and divide by each row's sum (axis=-1, keepdims=True)."""
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



def prediction_shape() -> tuple:
    """The shape of network.predict(x_train[:100]) for a new TwoLayerNet(784, 50, 10) and MNIST (normalize=True)."""
    raise NotImplementedError
