"""p056 · 가장 큰 값 (The largest value)

[문제]
아래의 리스트에서 가장 큰 값을 출력하시오

[Problem]
Print the largest value in the list.

주어진 것 / Given:
    a = np.array([1010, 1000, 990])

예시 / Example:
    >>> largest(np.array([1010, 1000, 990]))
    1010

힌트 / Hints: grade hint p056

채점 / Grade: grade p056
"""
import numpy as np


def largest(a: np.ndarray) -> int:
    """Return the largest element of a."""
    raise NotImplementedError
