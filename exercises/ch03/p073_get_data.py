"""p073 · get_data(): 시험 데이터 불러오기 (get_data(): load the test set)

[문제]
mnist 데이터를 가져오는 코드를 가지고 아래의 get_data() 함수를 생성하고 아래와 같이 실행되게 하시오

[Problem]
From the MNIST loading code, create the get_data() function below and make it run as shown.

주어진 것 / Given:
    x, t = get_data()
    print(x.shape)
    print(len(t))
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> x, t = get_data()   # 진짜 MNIST / the real MNIST
    >>> x.shape, len(t)
    ((10000, 784), 10000)

힌트 / Hints: grade hint p073

채점 / Grade: grade p073
"""
import numpy as np
from dataset.mnist import load_mnist


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test) as the network reads them: load_mnist(normalize=True, flatten=True, one_hot_label=False)."""
    raise NotImplementedError
