"""p086 · x[34] 의 예측과 라벨 비교 (Prediction against label for x[34])

[문제]
테스트 데이터의 하나인 x[34]의 픽기체를 신경망에 넣고 신경망이 예측한 것과 라벨이 서로 일치하는지 확인하시오

[Problem]
Feed test image x[34] into the network and check whether the prediction matches the label.

주어진 것 / Given:
    x, t = get_data()
    network = init_network()
    y = predict(network, x[34])
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> predicted, actual = predict_and_label(34)
    >>> print('예측결과:', predicted); print('실제결과:', actual)
    예측결과: 7
    실제결과: 7

힌트 / Hints: grade hint p086

채점 / Grade: grade p086
"""
import numpy as np
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test): load_mnist(normalize=True, flatten=True, one_hot_label=False) (problem 73)."""
    raise NotImplementedError


def init_network() -> dict[str, np.ndarray]:
    """The trained weights: load_sample_weight() (problem 75)."""
    raise NotImplementedError


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError


def predict_and_label(i: int) -> tuple[int, int]:
    """(the digit the network predicts for test image x[i], its label t[i])."""
    raise NotImplementedError
