"""p055 · 지수 함수의 오버플로 (exp overflows)

[문제]
아래의 리스트를 무리수 (자연상수)의 제곱으로 해서 계산한 값이 무엇인가?

[Problem]
What do you get by computing e to the power of each element of the list?

주어진 것 / Given:
    a = np.array([1010, 1000, 990])

예시 / Example:
    >>> exp_elements(np.array([1010, 1000, 990]))
    array([inf, inf, inf])  # RuntimeWarning: overflow

힌트 / Hints: grade hint p055

채점 / Grade: grade p055
"""
import numpy as np


def exp_elements(a: np.ndarray) -> np.ndarray:
    """Return e to the power of every element of a (no tricks: the point is what happens to large numbers)."""
    raise NotImplementedError
