"""p091 · 최댓값의 인덱스 (The index of the maximum)

[문제]
아래의 리스트에서 최대값의 원소의 인덱스를 출력하시오

[Problem]
Print the index of the maximum element of the list below.

주어진 것 / Given:
    [0, 3, 6, 9]

예시 / Example:
    >>> argmax_of([0, 3, 6, 9])
    3

힌트 / Hints: grade hint p091

채점 / Grade: grade p091
"""
import numpy as np


def argmax_of(x: list) -> int:
    """Return the index of the largest element of x."""
    raise NotImplementedError
