"""p110 · 5 에폭 동안 정확도 세기 (Counting hits over 5 epochs)

[문제]
위의 코드를 5 에폭(epoch) 돌게 코드를 수정하시오

[Problem]
Modify the code above so that it runs for 5 epochs.

주어진 것 / Given:
    network = init_network()   # 학습된 가중치 / pretrained weights (sample_weight)
    x, t = get_data()           # MNIST 시험 데이터 / test data

예시 / Example:
    >>> accuracy_on_mnist()   # 무작위 배치 / random batches
    (46700, 50000)   # 정확도 / accuracy 93.4 %
    (학습은 일어나지 않습니다: 같은 신경망을 무작위 배치로 다시 평가할 뿐입니다 / no training happens: the same network is evaluated again on random batches)

눈으로 확인할 것 / Check by eye:
출력한 정확도가 학습된 신경망의 정확도(책의 데이터로 약 93 %) 근처인지 보세요. 배치가 무작위라 실행마다 조금씩 다릅니다.
The printed accuracy is near the trained network's (about 93 % with the book's data); the batches are random, so it changes a little from run to run.

힌트 / Hints: grade hint p110

채점 / Grade: grade p110
"""
import numpy as np

from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def sigmoid(x: np.ndarray) -> np.ndarray:
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch (axis=-1, keepdims=True)."""
    raise NotImplementedError


def init_network() -> dict:
    """The pretrained weights W1, b1, W2, b2, W3, b3: load_sample_weight() (the notes open sample_weight.pkl)."""
    raise NotImplementedError


def predict(network: dict, x: np.ndarray) -> np.ndarray:
    """sigmoid, sigmoid, softmax: the 3-layer network of chapter 3, for a batch."""
    raise NotImplementedError


def count_correct(network: dict, x: np.ndarray, t: np.ndarray, epochs: int = 5, batch_size: int = 100) -> tuple[int, int]:
    """epochs times: len(x) // batch_size random batches (np.random.choice); count the right predictions.

    Return (the number of right predictions over all epochs, the number of predictions made).
    """
    raise NotImplementedError


def accuracy_on_mnist() -> tuple[int, int]:
    """count_correct(init_network(), x_test, t_test, 5, 100) with MNIST test data (normalize=True, one_hot_label=False)."""
    raise NotImplementedError
