"""p130 · TwoLayerNet의 교차 엔트로피 오차 (TwoLayerNet's cross entropy error)

[문제]
TwoLayerNet 클래스의 객체를 생성하고 crossEntropyError(y, t) 메소드를 실행해서 나온 출력결과인 오차를 출력하시오

[Problem]
Create a TwoLayerNet object, run crossEntropyError(y, t) and print the resulting error.

주어진 것 / Given:
    y = network.predict(x_train[:100])
    t = t_train[:100]

예시 / Example:
    >>> first_batch_loss()     # 무작위 / random
    2.3025...   # ≈ ln(10)
    (노트의 13.246...은 배치를 고려하지 않은 softmax 때문에 부풀려진 값입니다 / the notes' 13.246... is inflated by a softmax that ignores the batch axis)

눈으로 확인할 것 / Check by eye:
출력한 오차가 2.3 근처인지 보세요. 가중치가 작아 10개 클래스의 확률이 거의 0.1씩이라 -log(0.1) ≈ 2.30 입니다.
The printed error is near 2.3: with small weights each of the 10 classes gets about 0.1, and -log(0.1) ≈ 2.30.

힌트 / Hints: grade hint p130

채점 / Grade: grade p130
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



def first_batch_loss() -> float:
    """crossEntropyError(network.predict(x_train[:100]), t_train[:100]) for a new TwoLayerNet(784, 50, 10)
    and MNIST loaded with normalize=True, one_hot_label=True."""
    raise NotImplementedError
