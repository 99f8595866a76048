"""p070 · flatten=False 일 때의 형상 (The shape with flatten=False)

[문제]
flatten을 False 로 설정하고 (x_train 의 형상을 확인하시오)

[Problem]
Set flatten to False (and check the shape of x_train).

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=flatten, normalize=False)
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> train_shape(False)   # 진짜 MNIST / the real MNIST: 60000장, 흑백 1채널, 28x28
    (60000, 1, 28, 28)

힌트 / Hints: grade hint p070

채점 / Grade: grade p070
"""
from dataset.mnist import load_mnist


def train_shape(flatten: bool) -> tuple[int, ...]:
    """x_train.shape for load_mnist(flatten=flatten, normalize=False)."""
    raise NotImplementedError
