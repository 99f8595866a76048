"""p045 · 신경망 1층의 가중합 (The first layer's weighted sums)

[문제]
아래의 입력값과 가중치를 이용해서 신경망 1층에서 나온 출력값인 [9 13 17] 을 출력하시오

[Problem]
Using the given inputs and weights, print the first-layer output [9 13 17].

주어진 것 / Given:
    x = np.array([1, 2])
    w = np.array([[1, 3, 5], [4, 5, 6]])

예시 / Example:
    >>> layer1_sum(np.array([1, 2]), np.array([[1, 3, 5], [4, 5, 6]]))
    array([ 9, 13, 17])

힌트 / Hints: grade hint p045

채점 / Grade: grade p045
"""
import numpy as np


def layer1_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The first layer's weighted sums for input x (shape (k,)) and weights w (shape (k, m)): shape (m,)."""
    raise NotImplementedError
