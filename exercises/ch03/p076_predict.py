"""p076 · predict(): 숫자 하나 예측하기 (predict(): recognise one digit)

[문제]
mnist 데이터 셋에서 숫자 하나를 입력하면 그 숫자가 어떤 숫자인지 예측하는 predict 라는 함수를 책 100페이지를 보고 만드시오

[Problem]
Following page 100 of the book, write a function predict that predicts which digit an input MNIST image is.

주어진 것 / Given:
    x, t = get_data()
    network = init_network()
    y = predict(network, x[0])
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> predict(network, x[0])   # 진짜 MNIST와 책의 가중치 / the real MNIST and the book's weights
    array([8.4412488e-05, 2.6350631e-06, 7.1549421e-04, 1.2586262e-03, 1.1727954e-06,
           4.4990808e-05, 1.6269318e-08, 9.9706501e-01, 9.3744793e-06, 8.1831159e-04], dtype=float32)

힌트 / Hints: grade hint p076

채점 / Grade: grade p076
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
