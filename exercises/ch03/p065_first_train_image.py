"""p065 · 첫 번째 훈련 이미지와 라벨 (The first training image and its label)

[문제]
x_train 6만 개의 이미지 중에서 제일 첫번째 이미지 한개를 출력하시오

[Problem]
Print the first of the 60,000 x_train images.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=False, normalize=False)
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> image, label = first_train_image()
    >>> image.shape, label
    ((1, 28, 28), 5)

힌트 / Hints: grade hint p065

채점 / Grade: grade p065
"""
import numpy as np
from dataset.mnist import load_mnist


def first_train_image() -> tuple[np.ndarray, int]:
    """(x_train[0], t_train[0]) with flatten=False, normalize=False: the image (1, 28, 28) and its digit."""
    raise NotImplementedError
