"""p064 · x_train 은 몇 장인가 (How many images in x_train?)

[문제]
x_train 데이터가 6만장이 맞는지 확인하시오

[Problem]
Check that x_train has 60,000 images.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> count_train_images()   # 진짜 MNIST / the real MNIST
    60000

힌트 / Hints: grade hint p064

채점 / Grade: grade p064
"""
from dataset.mnist import load_mnist


def count_train_images() -> int:
    """The number of training images load_mnist returns (count them: do not write the number)."""
    raise NotImplementedError
