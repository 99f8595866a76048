"""p098 · 배치마다 예측한 숫자 (The predicted digits, batch by batch)

[문제]
100개 가지고 온 훈련데이터를 predict 함수에 입력해서 예측 숫자 100개를 출력하는 코드를 작성하시오

[Problem]
Feed the 100-image batches into predict and print the 100 predicted digits.

주어진 것 / Given:
    x, t = get_data()
    network = init_network()
    batch_size = 100
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> predict_batches(network, x, 100)[-100:]   # 진짜 MNIST 의 마지막 배치 / the real MNIST's last batch
    array([8, 9, 0, 1, 2, 9, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 7, 8, 9, 7, ...])

힌트 / Hints: grade hint p098

채점 / Grade: grade p098
"""
import numpy as np


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError


def predict_batches(network: dict[str, np.ndarray], x: np.ndarray, batch_size: int) -> np.ndarray:
    """The digit predicted for every image of x, computed batch_size images per call of predict (one array of ints)."""
    raise NotImplementedError
