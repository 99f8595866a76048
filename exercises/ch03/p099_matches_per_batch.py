"""p099 · 배치마다 맞춘 개수 (How many are right in each batch)

[문제]
위의 코드를 수정해서 예측 숫자 100개와 실제 숫자 100개를 출력하도록 파이썬 코드를 작성하시오

[Problem]
Modify the code above to output the 100 predicted digits and the 100 actual digits.

주어진 것 / Given:
    x, t = get_data()
    network = init_network()
    batch_size = 100
    노트의 답처럼 배치마다 예측 숫자와 실제 숫자가 일치하는 개수를 셉니다. / As the notes' answer does, count per batch how many predicted digits equal the actual ones.
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> matches_per_batch(network, x, t, 100)[:3]
    [..., ..., ...]   # 배치마다 0~100 / 0-100 per batch

힌트 / Hints: grade hint p099

채점 / Grade: grade p099
"""
import numpy as np


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError


def matches_per_batch(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int) -> list[int]:
    """For each batch of batch_size images, how many predicted digits equal the labels t of the same images."""
    raise NotImplementedError
