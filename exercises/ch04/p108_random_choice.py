"""p108 · 무작위로 10개 뽑기 (Choose 10 numbers at random)

[문제]
60000 숫자 중에 무작위로 10개를 출력하시오

[Problem]
Print 10 numbers chosen at random from 0..59999.

주어진 것 / Given:
    np.arange(60000)

예시 / Example:
    >>> random_choice(60000, 10)
    array([45821, 21272, 43202, 45735, 34025,  5620,  2036, 45211, 59237, 58987])  # 실행마다 다름 / random

힌트 / Hints: grade hint p108

채점 / Grade: grade p108
"""
import numpy as np


def random_choice(n: int, size: int) -> np.ndarray:
    """size numbers drawn at random from 0, 1, ..., n-1 (np.random.choice, as for a mini-batch)."""
    raise NotImplementedError
