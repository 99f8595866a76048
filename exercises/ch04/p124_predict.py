"""p124 · predict: 입력과 가중치의 내적 (predict: the input times the weights)

[문제]
위에서 만든 가중치와 아래의 입력값과 행렬 내적을 하는 함수를 predict 로 생성하시오

[Problem]
Write a function predict that computes the dot product of the weights made above and the input below.

주어진 것 / Given:
    x = np.array([0.6, 0.9])
    w = __init__()

예시 / Example:
    >>> predict(np.array([0.6, 0.9]), __init__())     # 가중치에 따라 다름 / depends on the weights
    array([0.9808, 0.9609, 0.3885])

힌트 / Hints: grade hint p124

채점 / Grade: grade p124
"""
import numpy as np


def __init__() -> np.ndarray:
    """Random 2 x 3 weights."""
    raise NotImplementedError


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot of the input x and the weights w (x may be one sample or a batch, one sample per row)."""
    raise NotImplementedError
