"""p003 · 배열 원소의 평균 (The mean of an array)

[문제]
아래의 배열의 원소들의 평균값을 출력하시오. (출력 대신 돌려주세요.)

[Problem]
Print the mean of the elements of the given array. (Return it instead of printing.)

주어진 것 / Given:
    a = np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21])

예시 / Example:
    >>> mean_of(np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21]))
    8.6

힌트 / Hints: grade hint p003

채점 / Grade: grade p003
"""
import numpy as np


def mean_of(a: np.ndarray) -> float:
    """Return the mean (average) of the elements of a."""
    raise NotImplementedError
