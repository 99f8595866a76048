"""p085 · 시험 이미지 x[34] 의 라벨 (The label of test image x[34])

[문제]
테스트 데이터 하나 x[34] 의 필기체가 라벨이 무엇인지 확인하시오

[Problem]
Check the label of one test image, x[34].

주어진 것 / Given:
    x, t = get_data()
    print(x.shape)
    print(t[34])
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> test_label(34)
    7

힌트 / Hints: grade hint p085

채점 / Grade: grade p085
"""
import numpy as np
from dataset.mnist import load_mnist


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test): load_mnist(normalize=True, flatten=True, one_hot_label=False) (problem 73)."""
    raise NotImplementedError


def test_label(i: int) -> int:
    """The digit written in test image x[i]: its label t[i]."""
    raise NotImplementedError
