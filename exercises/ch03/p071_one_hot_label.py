"""p071 · one-hot 라벨과 보통 라벨 (One-hot and plain labels)

[문제]
t_train[0] 가 어떤 숫자인지 확인하는데 one_hot encoding을 했을 때와 안했을 때의 차이를 확인하시오

[Problem]
Check which digit t_train[0] is, comparing the label with and without one-hot encoding.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False, one_hot_label=one_hot)
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> first_label(True)
    array([0., 0., 0., 0., 0., 1., 0., 0., 0., 0.])
    >>> first_label(False)
    5

힌트 / Hints: grade hint p071

채점 / Grade: grade p071
"""
import numpy as np
from dataset.mnist import load_mnist


def first_label(one_hot: bool):
    """t_train[0] for load_mnist(flatten=True, normalize=False, one_hot_label=one_hot)."""
    raise NotImplementedError
