"""p097 · 100장씩 잘라 가져오기 (Take the images 100 at a time)

[문제]
mnist 의 훈련 데이터를 100개 씩 가져오는 코드를 작성하시오

[Problem]
Write code that takes the MNIST data 100 images at a time.

주어진 것 / Given:
    x, t = get_data()
    batch_size = 100
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> [b.shape for b in make_batches(x, 100)][:2]   # 진짜 시험 데이터 / the real test set: 100 batches
    [(100, 784), (100, 784)]

힌트 / Hints: grade hint p097

채점 / Grade: grade p097
"""
import numpy as np


def make_batches(x: np.ndarray, batch_size: int) -> list[np.ndarray]:
    """The rows of x, batch_size at a time, in order: [x[0:100], x[100:200], ...]; the last may be shorter."""
    raise NotImplementedError
