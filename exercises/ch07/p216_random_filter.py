"""p216 · 무작위 4차원 필터 (A random 4-D filter)

[문제]
아래의 4차원 행렬의 Filter 를 numpy의 random을 이용해서 만드시오 (필터 수 fn 을 받아 (fn, 3, 5, 5) 의 np.random.rand 배열을 돌려주는 함수로 만드세요.)

[Problem]
Make the 4-D Filter below with NumPy random. (Write a function: it takes the number of filters fn and returns an (fn, 3, 5, 5) array of np.random.rand values.)

주어진 것 / Given:
    (10, 3, 5, 5)

예시 / Example:
    >>> random_filter(10).shape
    (10, 3, 5, 5)

힌트 / Hints: grade hint p216

채점 / Grade: grade p216
"""
import numpy as np


def random_filter(fn: int = 10) -> np.ndarray:
    """fn filters of 3 channels, 5 x 5: np.random.rand values of shape (fn, 3, 5, 5) (FN, C, FH, FW)."""
    raise NotImplementedError
