"""p109 · MNIST 시험 데이터에서 무작위 100장 (100 random MNIST test images)

[문제]
MNIST의 테스트 데이터 10000장 중에 랜덤으로 100장을 추출하는 코드를 작성하시오

[Problem]
Write code that randomly draws 100 of the 10,000 MNIST test images.

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)

예시 / Example:
    >>> x, t = get_data()
    >>> x_batch, t_batch = random_batch(x, t, 100)
    >>> x_batch.shape, t_batch.shape
    ((100, 784), (100,))
    (채점 중에는 load_mnist가 작은 연습 데이터를 읽습니다 / while grading, load_mnist reads small practice data)

힌트 / Hints: grade hint p109

채점 / Grade: grade p109
"""
import numpy as np

from dataset.mnist import load_mnist


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test) from load_mnist(normalize=True, flatten=True, one_hot_label=False)."""
    raise NotImplementedError


def random_batch(x: np.ndarray, t: np.ndarray, batch_size: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """batch_size random rows of x with their labels from t: one index array (np.random.choice) for both."""
    raise NotImplementedError
