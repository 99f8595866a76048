"""p069 · 훈련 데이터의 차원 수 (How many dimensions the training data has)

[문제]
MNIST의 훈련 데이터 (x_train)의 차원이 어떻게 되는지 확인하시오

[Problem]
Check how many dimensions the MNIST training data (x_train) has.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=flatten, normalize=False)
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> train_ndims(True)    # x_train: (이미지, 784) / (images, 784); t_train: (이미지,) / (images,)
    (2, 1)

힌트 / Hints: grade hint p069

채점 / Grade: grade p069
"""
from dataset.mnist import load_mnist


def train_ndims(flatten: bool) -> tuple[int, int]:
    """(x_train.ndim, t_train.ndim) for load_mnist(flatten=flatten, normalize=False)."""
    raise NotImplementedError
