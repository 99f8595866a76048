"""p050 · 항등함수 (The identity function)

[문제]
입력값을 받아 그대로 출력하는 항등함수를 identity_function 이라는 이름으로 생성하시오

[Problem]
Create an identity function named identity_function that returns its input unchanged.

예시 / Example:
    >>> identity_function(np.array([3.99985815, 5.9997286]))
    array([3.99985815, 5.9997286 ])

힌트 / Hints: grade hint p050

채점 / Grade: grade p050
"""
import numpy as np


def identity_function(x: np.ndarray) -> np.ndarray:
    """Return x unchanged: the output layer of a regression network."""
    raise NotImplementedError
