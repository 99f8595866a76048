"""p087 · for 문으로 시험 데이터 전부 맞추기: 정확도 (All the test images with a for loop: the accuracy)

[문제]
테스트 데이터 10000장을 for loop 문으로 전부 3층 신경망에 넣고 10000장 중에 몇장을 3층 신경망이 맞추는지 확인하고 정확도도 확인하시오

[Problem]
Feed all 10,000 test images through the 3-layer network with a for loop, count how many it gets right and compute the accuracy.

주어진 것 / Given:
    x, t = get_data()
    network = init_network()
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> count_correct(network, x, t)   # 진짜 MNIST와 책의 가중치 / the real MNIST and the book's weights
    (9352, 93.52)

힌트 / Hints: grade hint p087

채점 / Grade: grade p087
"""
import numpy as np


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError


def count_correct(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray) -> tuple[int, float]:
    """(how many images the network gets right, the accuracy in percent rounded to 2 decimals).

    One image at a time: for i in range(len(x)), compare np.argmax(predict(network, x[i])) with t[i].
    """
    raise NotImplementedError
