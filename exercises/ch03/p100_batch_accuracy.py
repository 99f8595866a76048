"""p100 · 배치로 센 정확도 (The accuracy, counted in batches)

[문제]
아래의 100개 씩 뽑은 예상 숫자와 실제 숫자가 서로 얼마나 일치하는지 숫자를 count 해서 아래와 같은 결과를 출력하시오

[Problem]
Count how many of the batch-wise predictions match the actual digits and print the result as shown.

주어진 것 / Given:
    x, t = get_data()
    network = init_network()
    batch_size = 100
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> batch_accuracy(network, x, t, 100)   # 진짜 MNIST와 책의 가중치 / the real MNIST and the book's weights
    (9352, 93.52)

힌트 / Hints: grade hint p100

채점 / Grade: grade p100
"""
import numpy as np


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError


def batch_accuracy(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int) -> tuple[int, float]:
    """(images recognised, accuracy in percent rounded to 2 decimals), computed batch_size images at a time."""
    raise NotImplementedError
