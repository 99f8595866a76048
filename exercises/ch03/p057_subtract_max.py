"""p057 · 각 요소에서 최댓값 빼기 (Subtract the largest value from every element)

[문제]
아래의 리스트에서 각 요소를 아래의 리스트에서 가장 큰 값으로 뺀 값이 얼마인지 출력하시오

[Problem]
Print each element of the list minus the largest value in the list.

주어진 것 / Given:
    a = np.array([1010, 1000, 990])

예시 / Example:
    >>> minus_max(np.array([1010, 1000, 990]))
    array([  0, -10, -20])

힌트 / Hints: grade hint p057

채점 / Grade: grade p057
"""
import numpy as np


def minus_max(a: np.ndarray) -> np.ndarray:
    """Return a - (the largest element of a): every result is 0 or negative."""
    raise NotImplementedError
