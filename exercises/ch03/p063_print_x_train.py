"""p063 · x_train 데이터 확인 (Look at x_train)

[문제]
x_train 데이터를 print 하여 확인하시오

[Problem]
Print x_train to inspect it.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> print(load_train_images())
    [[0 0 0 ... 0 0 0]
     [0 0 0 ... 0 0 0]
     ...
     [0 0 0 ... 0 0 0]]

힌트 / Hints: grade hint p063

채점 / Grade: grade p063
"""
import numpy as np
from dataset.mnist import load_mnist


def load_train_images() -> np.ndarray:
    """x_train as load_mnist(flatten=True, normalize=False) gives it: one row of 784 pixels (0-255) per image."""
    raise NotImplementedError
